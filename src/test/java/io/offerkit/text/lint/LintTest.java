package io.offerkit.text.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.text.DescriptionRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LintTest {
    private static final TextFieldSpec DESCRIPTION = ProfileRegistry.builtIn().defaultProfile().textField("description").orElseThrow();
    private static final Project BASE = Project.empty("appsource-d365-ce-2019")
            .withAppName("Contoso Route Planner")
            .withSummary("Plan routes fast.")
            .withDescription(new Description(DescriptionFormat.MARKDOWN, "Contoso plans technician routes."));

    private static List<Lint.Problem> check(Lint lint, Project project) {
        return lint.check(new LintInput(project, DescriptionRenderer.render(project.description(), DESCRIPTION)));
    }

    private static Project html(String source) {
        return BASE.withDescription(new Description(DescriptionFormat.HTML, source));
    }

    @Test
    void cleanProjectHasNoFindings() {
        assertThat(Linter.run(BASE, DescriptionRenderer.render(BASE.description(), DESCRIPTION), LintSettings.defaults())).isEmpty();
    }

    @Test
    void summaryEqualToOrInsideTheDescription() {
        Lint lint = new SummaryInDescriptionLint();
        assertThat(check(lint, BASE.withSummary("Contoso plans technician routes."))).singleElement()
                .extracting(Lint.Problem::message).asString().contains("the same as the description");
        assertThat(check(lint, BASE.withSummary("plans  TECHNICIAN routes"))).singleElement()
                .extracting(Lint.Problem::message).asString().contains("word for word");
        assertThat(check(lint, BASE)).isEmpty();
    }

    @Test
    void summaryMustBePlainText() {
        Lint lint = new SummaryPlainTextLint();
        assertThat(check(lint, BASE.withSummary("Plan <b>fast</b>"))).hasSize(1);
        assertThat(check(lint, BASE.withSummary("Plan &amp; go"))).hasSize(1);
        assertThat(check(lint, BASE.withSummary("Plan **fast**"))).hasSize(1);
        assertThat(check(lint, BASE.withSummary("Plan routes 3 < 4 times faster"))).isEmpty();
    }

    @Test
    void nonEnglishListingNeedsTheOpeningSentence() {
        Lint lint = new LanguageOpeningLint();
        Project german = BASE.withLanguage("de");
        assertThat(check(lint, german)).singleElement().extracting(Lint.Problem::message).asString()
                .contains("This application is available only in German.");
        Project fixed = german.withDescription(new Description(DescriptionFormat.MARKDOWN,
                "This application is available only in German.\n\nContoso plant Routen."));
        assertThat(check(lint, fixed)).isEmpty();
        assertThat(check(lint, BASE.withLanguage("en-GB"))).isEmpty();
        Project besideEnglish = io.offerkit.project.ProjectListings.with(german, "en",
                io.offerkit.project.Listing.empty().withAppName("Contoso"));
        assertThat(check(lint, besideEnglish)).as("not 'only in German' with an English listing beside it").isEmpty();
    }

    @Test
    void emptyHeadings() {
        assertThat(check(new EmptyHeadingLint(), html("<h2> </h2><p>x</p>"))).singleElement()
                .extracting(Lint.Problem::message).asString().contains("<h2>");
        assertThat(check(new EmptyHeadingLint(), html("<h2>Title</h2>"))).isEmpty();
    }

    @Test
    void unbalancedTagsInRawHtmlNameTheLine() {
        Lint lint = new UnbalancedTagsLint();
        assertThat(check(lint, html("<ul>\n<li>a</li>\n"))).extracting(Lint.Problem::message)
                .containsExactly("<ul> on line 1 is never closed.");
        assertThat(check(lint, html("<p>a</em></p>"))).extracting(Lint.Problem::message)
                .containsExactly("</em> on line 1 closes nothing that is open.");
        assertThat(check(lint, html("<h2><em>a</h2>"))).extracting(Lint.Problem::message)
                .containsExactly("<em> on line 1 is not closed before </h2> on line 1.");
        assertThat(check(lint, html("<p>a<br>b<!-- <ul> --></p><ul><li>x<li>y</ul>"))).isEmpty();
        assertThat(check(lint, BASE.withDescription(new Description(DescriptionFormat.MARKDOWN, "<ul>")))).isEmpty();
    }

    @Test
    void placeholderText() {
        Lint lint = new PlaceholderTextLint();
        assertThat(check(lint, BASE.withSummary("TODO write this"))).singleElement().extracting(Lint.Problem::field).isEqualTo("summary");
        assertThat(check(lint, html("<p>Lorem ipsum dolor</p>"))).hasSize(1);
        assertThat(check(lint, BASE.withAppName("Route Planner XXX"))).hasSize(1);
        assertThat(check(lint, BASE.withSummary("Plan TODOs and tasks, TBDs aside, with Dixxxon"))).isEmpty();
    }

    @Test
    void everyPlaceholderIsReportedWithWhereItIs() {
        String source = "TODO: pricing.\n\nLorem ipsum dolor sit amet.\n\n[insert screenshot here] and TBD";
        List<Lint.Problem> problems = check(new PlaceholderTextLint(), BASE.withDescription(new Description(DescriptionFormat.MARKDOWN, source)));
        assertThat(problems).extracting(Lint.Problem::message).containsExactly(
                "Placeholder text \"TODO\"; replace it with the real text.",
                "Placeholder text \"Lorem ipsum\"; replace it with the real text.",
                "Placeholder text \"[insert screenshot here]\"; replace it with the real text.",
                "Placeholder text \"TBD\"; replace it with the real text.");
        assertThat(problems).extracting(Lint.Problem::offset).containsExactly(0, source.indexOf("Lorem"),
                source.indexOf("[insert"), source.indexOf("TBD"));
        assertThat(problems).extracting(Lint.Problem::field).containsOnly("description");
        assertThat(check(new PlaceholderTextLint(), BASE.withSummary("Lorem\nipsum"))).hasSize(1);
        assertThat(check(new PlaceholderTextLint(), BASE.withSummary("Plans [A] and [B] routes"))).isEmpty();
    }

    @Test
    void markdownSwallowedByAnHtmlBlockIsNamedWithItsLine() {
        Lint lint = new HtmlBlockMarkdownLint();
        String source = "Intro.\n\n<p>In HTML</p>\n## Pricing\n**Fast**\n\n## Support";
        assertThat(check(lint, BASE.withDescription(new Description(DescriptionFormat.MARKDOWN, source)))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("description");
                    assertThat(p.offset()).isEqualTo(source.indexOf("## Pricing"));
                    assertThat(p.message()).isEqualTo("Line 4 (\"## Pricing\") is read as HTML, not Markdown: the HTML on line 3"
                            + " goes on until a blank line, so it is exported as it stands. Leave a blank line after line 3.");
                });
        assertThat(new HtmlBlockMarkdownLint().defaultLevel()).isEqualTo(LintLevel.WARNING);
        assertThat(check(lint, BASE.withDescription(new Description(DescriptionFormat.MARKDOWN, "<p>In HTML</p>\n\n## Pricing")))).isEmpty();
        assertThat(check(lint, html("<p>In HTML</p>\n## Pricing"))).as("an HTML description is HTML throughout").isEmpty();
    }

    @Test
    void appNameEmojiAndMicrosoftNames() {
        Lint lint = new AppNameLint();
        assertThat(check(lint, BASE.withAppName("Route Planner 🚚"))).singleElement().extracting(Lint.Problem::message)
                .asString().contains("emoji 🚚");
        assertThat(check(lint, BASE.withAppName("Route Planner for Dynamics 365"))).singleElement()
                .extracting(Lint.Problem::message).asString().contains("\"Dynamics 365\"");
        assertThat(check(lint, BASE.withAppName("Contoso Route Planner™ ©"))).isEmpty();
        assertThat(check(lint, BASE.withAppName("Teamsters Planner"))).isEmpty();
    }

    @Test
    void invisibleCharactersAreNamedWithTheirPosition() {
        Lint lint = new InvisibleCharactersLint();
        assertThat(check(lint, BASE.withSummary("Plan\u200Broutes"))).singleElement().extracting(Lint.Problem::message)
                .isEqualTo("Invisible character U+200B (zero-width space) at position 5; delete it.");
        assertThat(check(lint, BASE.withAppName("Evil\u202Eexe"))).singleElement().extracting(Lint.Problem::message)
                .asString().contains("bidirectional control");
        assertThat(check(lint, BASE.withSummary("a\u0007b"))).hasSize(1);
        assertThat(check(lint, BASE.withSummary("line one\nline two\ttab"))).isEmpty();
    }

    @Test
    void wordRulesMatchWholeWordsOnlyAndHonourTheAllowList() {
        Lint lint = new WordRulesLint(List.of("tizen", "free"), List.of("free trial"));
        assertThat(check(lint, BASE.withSummary("Sync your Notizen in seconds"))).isEmpty();
        assertThat(check(lint, BASE.withSummary("Runs on Tizen too"))).singleElement().extracting(Lint.Problem::message)
                .isEqualTo("\"Tizen\" is on your list of flagged words.");
        assertThat(check(lint, BASE.withSummary("Start a free trial today"))).isEmpty();
        assertThat(check(lint, BASE.withSummary("Free forever, and a free trial"))).hasSize(1);
        assertThat(check(new WordRulesLint(List.of("#1"), List.of()), BASE.withSummary("The #1 planner"))).hasSize(1);
        assertThat(check(new WordRulesLint(List.of("über"), List.of()), BASE.withSummary("ÜBER fast"))).hasSize(1);
    }

    @Test
    void levelsComeFromSettingsAndOffSilencesALint() {
        Project project = BASE.withSummary("TODO");
        var rendered = DescriptionRenderer.render(project.description(), DESCRIPTION);
        assertThat(Linter.run(project, rendered, LintSettings.defaults())).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(LintLevel.ERROR);
                    assertThat(f.source()).isNotBlank();
                });
        LintSettings warn = new LintSettings(Map.of("placeholder-text", LintLevel.WARNING), List.of(), List.of());
        assertThat(Linter.run(project, rendered, warn)).singleElement().extracting(LintFinding::level).isEqualTo(LintLevel.WARNING);
        LintSettings off = new LintSettings(Map.of("placeholder-text", LintLevel.OFF), List.of(), List.of());
        assertThat(Linter.run(project, rendered, off)).isEmpty();
    }
}
