package io.offerkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxHighlighterTest {
    private static final List<String> ALLOWED = List.of("p", "b", "ul", "li");

    /** Each range as "style:text", easy to read in a failure. */
    private static List<String> spans(String source, DescriptionFormat format) {
        return SyntaxHighlighter.highlight(source, format, ALLOWED).stream()
                .map(r -> r.style() + ":" + source.substring(r.start(), r.end())).toList();
    }

    @Test
    void markdownSyntaxGetsItsStyles() {
        String md = "## Routes\n\n- *fast* and **sure**\n1. see [site](https://x) or `code`\n> quoted &amp; done";
        assertThat(spans(md, DescriptionFormat.MARKDOWN)).containsExactly(
                "md-heading:## Routes", "md-list:-", "md-emphasis:*fast*", "md-strong:**sure**", "md-list:1.",
                "md-link:[site](https://x)", "md-code:`code`", "md-quote:> quoted &amp; done");
    }

    @Test
    void markdownDoesNotTakeUnderscoresInsideWordsForEmphasis() {
        assertThat(spans("snake_case_name and _this_", DescriptionFormat.MARKDOWN)).containsExactly("md-emphasis:_this_");
    }

    @Test
    void htmlTagsAttributesValuesAndEntities() {
        String html = "<p class=\"x\">A &amp; <b>B</b></p>";
        assertThat(spans(html, DescriptionFormat.HTML)).containsExactly(
                "html-tag:<p ", "html-attribute:class", "html-tag:=", "html-value:\"x\"", "html-tag:>",
                "html-entity:&amp;", "html-tag:<b>", "html-tag:</b></p>");
    }

    @Test
    void tagsTheMarketplaceRemovesAreMarked() {
        assertThat(spans("<p>a <a href=x>b</a></p><!-- note -->", DescriptionFormat.HTML)).containsExactly(
                "html-tag:<p>", "html-tag-removed:<a ", "html-attribute:href", "html-tag-removed:=",
                "html-value:x", "html-tag-removed:>", "html-tag-removed:</a>", "html-tag:</p>", "html-comment:<!-- note -->");
        assertThat(spans("Some <script>x</script>", DescriptionFormat.MARKDOWN))
                .containsExactly("html-tag-removed:<script>", "html-tag-removed:</script>");
    }

    @Test
    void rangesAreSortedAndNeverOverlapEvenOnBrokenMarkup() {
        for (String source : List.of("<p <b>><<a href='x>**y", "# **a** _b_ <!-- open", "<", "&amp", "**", "<p\n>x")) {
            for (DescriptionFormat format : DescriptionFormat.values()) {
                List<StyledRange> ranges = SyntaxHighlighter.highlight(source, format, ALLOWED);
                int end = 0;
                for (StyledRange r : ranges) {
                    assertThat(r.start()).as(source).isGreaterThanOrEqualTo(end);
                    assertThat(r.end()).as(source).isLessThanOrEqualTo(source.length()).isGreaterThan(r.start());
                    end = r.end();
                }
            }
        }
    }

    @Test
    void emphasisTheRendererMapsOntoAnAllowedTagIsNotMarkedRemoved() {
        List<String> cpp = List.of("p", "em", "ul", "li");
        String html = "<strong>x</strong><b>y</b><u>z</u>";
        assertThat(SyntaxHighlighter.highlight(html, DescriptionFormat.HTML, cpp))
                .filteredOn(r -> r.style().equals(SyntaxHighlighter.REMOVED_TAG))
                .extracting(r -> html.substring(r.start(), r.end()))
                .containsExactly("<u>", "</u>");
    }
    @Test
    void markdownAfterAnHtmlLineIsColouredAsHtmlUntilABlankLineAsItIsExported() {
        String md = "<p>Intro in HTML</p>\n## Pricing\n**Fast** routes\n\n## Support\n";
        assertThat(spans(md, DescriptionFormat.MARKDOWN)).containsExactly(
                "html-tag:<p>", "html-tag:</p>", "md-heading:## Support");
        String exported = DescriptionRenderer.render(new Description(DescriptionFormat.MARKDOWN, md),
                ProfileRegistry.builtIn().defaultProfile().textField("description").orElseThrow()).html();
        assertThat(exported).as("the colours follow what is exported").contains("## Pricing", "**Fast**", "<h2>Support</h2>");
    }

    @Test
    void aLineThatOnlyBeginsWithAnInlineTagStaysMarkdown() {
        assertThat(spans("<b>Fast</b> routes\n## Pricing", DescriptionFormat.MARKDOWN))
                .containsExactly("html-tag:<b>", "html-tag:</b>", "md-heading:## Pricing");
        assertThat(spans("Text\n<div>\n## Heading", DescriptionFormat.MARKDOWN))
                .as("a block-level tag interrupts a paragraph and swallows what follows")
                .containsExactly("html-tag-removed:<div>");
        assertThat(spans("```\n<div>\n```\n## Heading", DescriptionFormat.MARKDOWN)).contains("md-heading:## Heading");
    }
}
