package io.offerkit.ui.description;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.TestSessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptionViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    DescriptionViewModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        model = new DescriptionViewModel(session);
    }

    @Test
    void showsTheProjectsValues() {
        assertThat(model.appNameProperty().get()).isEqualTo("Contoso Route Planner");
        assertThat(model.keywordsProperty().get()).isEqualTo("field service, routing, scheduling");
        assertThat(model.formatProperty().get()).isEqualTo(DescriptionFormat.MARKDOWN);
    }

    @Test
    void settingTheSummaryMakesANewProject() {
        Project before = session.project();
        model.summaryProperty().set("Route technicians in minutes.");
        assertThat(session.project()).isNotSameAs(before);
        assertThat(session.project().summary()).isEqualTo("Route technicians in minutes.");
        assertThat(before.summary()).isNotEqualTo("Route technicians in minutes.");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void keywordsAreACommaSeparatedLineThatSurvivesATrailingComma() {
        model.keywordsProperty().set(" maps ,  routes, ");
        assertThat(session.project().keywords()).containsExactly("maps", "routes");
        assertThat(model.keywordsProperty().get()).isEqualTo(" maps ,  routes, ");
    }

    @Test
    void undoUpdatesTheProperties() {
        model.appNameProperty().set("Other");
        session.undo();
        assertThat(model.appNameProperty().get()).isEqualTo("Contoso Route Planner");
        session.update(p -> p.withProducts(List.of("A", "B")));
        assertThat(model.productsProperty().get()).isEqualTo("A, B");
    }

    @Test
    void previewIsSanitizedAndCountsAgainstTheLimit() {
        model.formatProperty().set(DescriptionFormat.HTML);
        model.sourceProperty().set("<p>Hello <a href=\"x\">world</a></p><script>x()</script>");
        model.refreshPreview();

        assertThat(session.project().description()).isEqualTo(new Description(DescriptionFormat.HTML,
                "<p>Hello <a href=\"x\">world</a></p><script>x()</script>"));
        assertThat(model.renderedProperty().get().html()).isEqualTo("<p>Hello world</p>");
        assertThat(model.renderedProperty().get().report()).anyMatch(l -> l.startsWith("<a> removed"));
        assertThat(model.descriptionCounterProperty().get().text()).isEqualTo("11 / 1300 characters");
        assertThat(model.descriptionCounterProperty().get().over()).isFalse();

        model.sourceProperty().set("<p>" + "x".repeat(1301) + "</p>");
        model.refreshPreview();
        assertThat(model.descriptionCounterProperty().get().over()).isTrue();
    }

    @Test
    void summaryCounterFollowsTyping() {
        model.summaryProperty().set("x".repeat(101));
        assertThat(model.summaryCounterProperty().get().text()).isEqualTo("101 / 100 characters");
        assertThat(model.summaryCounterProperty().get().over()).isTrue();
    }
}
