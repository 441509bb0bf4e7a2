package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.look.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A section is one page class and one entry in the list of sections: registered there, a section the shell has
 * never heard of gets its navigation button, its View menu item with the next shortcut, and is shown (its view built
 * when first shown, once).
 */
@ExtendWith(ApplicationExtension.class)
class SectionRegistrationTest {
    /** The extra section's page: a label, counting how often it is built. */
    static final class ExtraPage extends LazyPage<Label> {
        static final List<ExtraPage> made = new ArrayList<>();
        int built;

        ExtraPage(SectionContext context) {
            made.add(this);
        }

        @Override
        protected Label build() {
            built++;
            Label label = new Label("extra section of " + getClass().getSimpleName());
            label.setId("extraView");
            return label;
        }
    }

    static final Section EXTRA = new Section("extra", "section.extra", "nav.hint.extra", Icons.SETTINGS, ExtraPage::new);

    DemoWindow demo;

    @Start
    void start(Stage stage) {
        ExtraPage.made.clear();
        demo = DemoWindow.showEmpty(stage, Stream.concat(Section.values().stream(), Stream.of(EXTRA)).toList());
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    @Test
    void aRegisteredSectionIsInTheNavigationAndTheViewMenuAndCanBeShown(FxRobot robot) throws Exception {
        assertThat(ExtraPage.made).as("its page is made with the others when the window opens").hasSize(1);
        ExtraPage page = ExtraPage.made.get(0);
        assertThat(page.built).as("its view is not built before it is shown").isZero();
        assertThat(robot.lookup(".nav-button").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getId)
                .containsExactly("nav-logos", "nav-description", "nav-documents", "nav-media", "nav-listing", "nav-inspect", "nav-handoff",
                        "nav-extra");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        MenuItem showExtra = view.getItems().stream().filter(i -> "show-extra".equals(i.getId())).findFirst().orElseThrow();
        assertThat(showExtra.getAccelerator().getName()).isEqualTo("Shortcut+8");

        robot.clickOn("#nav-extra");

        waitUntil(() -> robot.lookup("#extraView").tryQuery().isPresent());
        assertThat(fx(() -> demo.window().model().sectionProperty().get())).isSameAs(EXTRA);
        assertThat(robot.lookup("#extraView").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#nav-extra").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#nav-logos");
        waitUntil(() -> robot.lookup("#extraView").tryQuery().isEmpty());
        robot.interact(showExtra::fire);
        waitUntil(() -> robot.lookup("#extraView").tryQuery().isPresent());
        assertThat(page.built).as("built once, kept when another section is shown").isEqualTo(1);
        waitUntil(demo.window()::isSettled);
    }
}
