package io.offerkit.ui.description;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void choosingAFurtherListingsLanguageSwitchesTheFieldsToItAndUndoSwitchesBack() {
        session.update(p -> io.offerkit.project.ProjectListings.with(p, "de-de",
                io.offerkit.project.Listing.empty().withAppName("Contoso Routenplaner").withSummary("Touren planen.")));
        assertThat(model.furtherLanguagesProperty().get()).containsExactly("de-de");

        model.languageProperty().set("de-de");
        assertThat(model.appNameProperty().get()).isEqualTo("Contoso Routenplaner");
        assertThat(model.summaryProperty().get()).isEqualTo("Touren planen.");
        assertThat(model.furtherLanguagesProperty().get()).as("English is kept as a further listing").containsExactly("en");
        assertThat(model.sourceTextsProperty().get()).as("the English to translate from, beside the fields")
                .isEqualTo(new SourceTexts("en", "Contoso Route Planner", session.project().listings().get("en").summary(),
                        "field service, routing, scheduling"));
        model.summaryProperty().set("Touren für Techniker planen.");
        assertThat(io.offerkit.project.ProjectListings.listing(session.project(), "en").orElseThrow().summary())
                .as("editing German leaves English as it was").startsWith("Plan technician routes");

        session.undo();
        session.undo();
        assertThat(model.languageProperty().get()).isEqualTo("en");
        assertThat(model.sourceTextsProperty().get().language()).isEqualTo("de-de");
        assertThat(model.appNameProperty().get()).isEqualTo("Contoso Route Planner");
    }

    @Test
    void aLanguageIsAddedAsACopyOfTheTextsAndRemovedUndoably() {
        assertThat(model.addLanguageRefusal()).as("the seed's offer type takes one language")
                .isEqualTo("AppSource: Dynamics 365 for Customer Engagement app (2019) takes one listing language.");
        model.addLanguage("de");
        assertThat(session.project().listings()).isEmpty();

        session.update(p -> p.withProfileId("teams-app"));
        assertThat(model.addLanguageRefusal()).isNull();
        model.addLanguage("pt-BR");
        assertThat(model.furtherLanguagesProperty().get()).containsExactly("pt-br");
        var copy = io.offerkit.project.ProjectListings.listing(session.project(), "pt-br").orElseThrow();
        assertThat(copy.appName()).isEqualTo("Contoso Route Planner");
        assertThat(copy.captions()).hasSize(session.project().media().screenshots().size());

        model.removeLanguage("pt-br");
        assertThat(session.project().listings()).isEmpty();
        session.undo();
        assertThat(model.furtherLanguagesProperty().get()).as("Undo brings it back whole").containsExactly("pt-br");
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

    @Test
    void countersWarnNearTheLimitAndListFieldsCountItems() {
        model.summaryProperty().set("x".repeat(89));
        assertThat(model.summaryCounterProperty().get().near()).isFalse();
        model.summaryProperty().set("x".repeat(90));
        assertThat(model.summaryCounterProperty().get().near()).isTrue();
        assertThat(model.summaryCounterProperty().get().over()).isFalse();
        assertThat(model.appNameCounterProperty().get().text()).isEqualTo("21 / 256 characters");

        assertThat(model.keywordsCounterProperty().get().text()).isEqualTo("3 of 3");
        assertThat(model.keywordsCounterProperty().get().near()).isTrue();
        model.keywordsProperty().set("a, b, c, d");
        assertThat(model.keywordsCounterProperty().get().over()).isTrue();
        model.productsProperty().set("Dynamics 365 Field Service");
        assertThat(model.productsCounterProperty().get().text()).isEqualTo("1 of 3");
        assertThat(model.productsCounterProperty().get().near()).isFalse();
    }

    @Test
    void aTypingRunIsOneUndoStepAndAPauseStartsTheNext() {
        String before = model.sourceProperty().get();
        model.sourceProperty().set(before + "A");
        model.sourceProperty().set(before + "AB");
        model.sourceProperty().set(before + "ABC");
        model.endTypingBurst();
        model.sourceProperty().set(before + "ABC D");

        model.undo();
        assertThat(model.sourceProperty().get()).isEqualTo(before + "ABC");
        model.undo();
        assertThat(model.sourceProperty().get()).isEqualTo(before);
        model.redo();
        assertThat(session.project().description().source()).isEqualTo(before + "ABC");
    }

    @Test
    void typingInAnotherFieldIsAnotherUndoStep() {
        model.summaryProperty().set("One");
        model.appNameProperty().set("Two");
        session.undo();
        assertThat(model.appNameProperty().get()).isEqualTo("Contoso Route Planner");
        assertThat(model.summaryProperty().get()).isEqualTo("One");
    }

    @Test
    void aNonEnglishListingGetsTheLintAndItsOneClickFix() {
        assertThat(model.findingsProperty().get()).extracting(LintFinding::lintId).doesNotContain("language-opening");
        model.languageProperty().set("de");
        assertThat(session.project().language()).isEqualTo("de");
        assertThat(model.findingsProperty().get()).filteredOn(f -> f.lintId().equals("language-opening")).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(LintLevel.ERROR);
                    assertThat(f.field()).isEqualTo("description");
                    assertThat(f.source()).isNotBlank();
                });

        model.insertLanguageOpening();
        assertThat(model.sourceProperty().get()).startsWith("This application is available only in German.\n\n## Plan");
        assertThat(model.findingsProperty().get()).extracting(LintFinding::lintId).doesNotContain("language-opening");
        session.undo();
        assertThat(model.sourceProperty().get()).startsWith("## Plan");
    }

    @Test
    void lintLevelsAndWordRulesComeFromTheSettings() {
        model.summaryProperty().set("The best-in-class router for free trial users.");
        assertThat(model.findingsProperty().get()).filteredOn(f -> f.lintId().equals("word-rules"))
                .singleElement().extracting(LintFinding::level).isEqualTo(LintLevel.WARNING);

        model.lintSettingsProperty().set(new LintSettings(Map.of("word-rules", LintLevel.ERROR), List.of("free"), List.of("free trial")));
        assertThat(model.findingsProperty().get()).filteredOn(f -> f.lintId().equals("word-rules")).isEmpty();
        model.summaryProperty().set("Free routes.");
        assertThat(model.findingsProperty().get()).filteredOn(f -> f.lintId().equals("word-rules"))
                .singleElement().extracting(LintFinding::level).isEqualTo(LintLevel.ERROR);

        model.lintSettingsProperty().set(new LintSettings(Map.of("word-rules", LintLevel.OFF), List.of("free"), List.of()));
        assertThat(model.findingsProperty().get()).extracting(LintFinding::lintId).doesNotContain("word-rules");
    }

    @Test
    void anotherProfileBringsItsLimitsAndItsWayOfCounting() {
        assertThat(model.descriptionCounterProperty().get().text()).endsWith("/ 1300 characters");
        session.update(p -> p.withProfileId("partner-center-d365"));
        assertThat(model.descriptionCounterProperty().get().text()).endsWith("/ 5000 characters");
        assertThat(((LengthCounter) model.descriptionCounterProperty().get()).length())
                .as("Partner Center counts the markup").isEqualTo(model.renderedProperty().get().html().length());
        assertThat(model.appNameCounterProperty().get().text()).isEqualTo("21 / 200 characters");
        assertThat(model.renderedProperty().get().html()).contains("<i>Optimised routes</i>");
    }

    @Test
    void lintSettingsLastInTheUsersPreferenceFile() {
        Path prefs = dir.resolve("home").resolve("lint-settings.json");
        DescriptionViewModel first = new DescriptionViewModel(session, prefs);
        LintSettings mine = new LintSettings(Map.of("placeholder-text", LintLevel.OFF), List.of("free"), List.of("free trial"));
        first.lintSettingsProperty().set(mine);
        assertThat(prefs).exists();
        assertThat(first.preferencesProblemProperty().get()).isNull();

        assertThat(new DescriptionViewModel(session, prefs).lintSettingsProperty().get()).isEqualTo(mine);
        assertThat(new DescriptionViewModel(session).lintSettingsProperty().get()).isEqualTo(LintSettings.defaults());
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsSaidAndTheSettingsStillApply() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        DescriptionViewModel vm = new DescriptionViewModel(session, notAFolder.resolve("lint-settings.json"));
        vm.lintSettingsProperty().set(new LintSettings(Map.of("word-rules", LintLevel.OFF), List.of(), List.of()));
        assertThat(vm.preferencesProblemProperty().get()).startsWith("Your lint settings could not be saved");
        vm.summaryProperty().set("The best-in-class planner.");
        assertThat(vm.findingsProperty().get()).extracting(LintFinding::lintId).doesNotContain("word-rules");
    }
}
