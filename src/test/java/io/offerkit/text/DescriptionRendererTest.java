package io.offerkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import org.junit.jupiter.api.Test;

class DescriptionRendererTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final TextFieldSpec CPP = PROFILES.defaultProfile().textField("description").orElseThrow();
    private static final TextFieldSpec PARTNER_CENTER =
            PROFILES.find("partner-center-d365").orElseThrow().textField("description").orElseThrow();

    private static RenderedDescription markdown(String source, TextFieldSpec spec) {
        return DescriptionRenderer.render(new Description(DescriptionFormat.MARKDOWN, source), spec);
    }

    private static RenderedDescription html(String source, TextFieldSpec spec) {
        return DescriptionRenderer.render(new Description(DescriptionFormat.HTML, source), spec);
    }

    @Test
    void markdownBecomesTheAllowedTags() {
        RenderedDescription r = markdown("## Title\n\nSome *text*.\n\n- one\n- two\n", CPP);
        assertThat(r.html()).isEqualTo("<h2>Title</h2>\n<p>Some <em>text</em>.</p>\n<ul><li>one</li><li>two</li></ul>");
        assertThat(r.report()).isEmpty();
    }

    @Test
    void boldMapsToWhatTheProfileAllows() {
        assertThat(markdown("**Fast**", CPP).html()).isEqualTo("<p><em>Fast</em></p>");
        assertThat(markdown("**Fast** and *neat*", PARTNER_CENTER).html()).isEqualTo("<p><b>Fast</b> and <i>neat</i></p>");
        assertThat(markdown("**Fast** and *neat*", PARTNER_CENTER).report()).as("a mapping is not a removal").isEmpty();
    }

    @Test
    void everyRewriteIsReportedWithItsReason() {
        RenderedDescription md = markdown("**Fast**", CPP);
        assertThat(md.html()).isEqualTo("<p><em>Fast</em></p>");
        assertThat(md.report()).containsExactly(
                "Bold (<strong>, Markdown **…**) written as <em> (italics): the profile allows no bold tag");
        RenderedDescription html = html("<p><b>A</b> <strong>B</strong> <i>C</i> <em>D</em></p>", CPP);
        assertThat(html.html()).isEqualTo("<p><em>A</em> <em>B</em> <em>C</em> <em>D</em></p>");
        assertThat(html.report()).containsExactly(
                "Bold (<b>) written as <em> (italics): the profile allows no bold tag",
                "Bold (<strong>) written as <em> (italics): the profile allows no bold tag",
                "<i> written as <em> (the same italics): the profile allows <em>, not <i>");
        assertThat(html("<p><strong>B</strong> <em>D</em></p>", PARTNER_CENTER).report()).containsExactly(
                "<strong> written as <b> (the same bold): the profile allows <b>, not <strong>",
                "<em> written as <i> (the same italics): the profile allows <i>, not <em>");
    }

    @Test
    void tagsTheProfileAllowsAreKeptAsWritten() {
        String source = "<p><b>Fast</b> and <i>neat</i><br>next line</p>";
        RenderedDescription r = html(source, PARTNER_CENTER);
        assertThat(r.html()).isEqualTo("<p><b>Fast</b> and <i>neat</i><br />next line</p>");
        assertThat(r.report()).isEmpty();
    }

    @Test
    void aTableBecomesOneParagraphPerRowWithItsCellsSeparated() {
        String source = "<table><thead><tr><th>Plan</th><th>Price</th></tr></thead>"
                + "<tbody><tr><td>Standard</td><td>$10/user/month</td></tr><tr><td>Pro</td><td><b>$20</b></td></tr></tbody></table>";
        RenderedDescription r = html(source, PARTNER_CENTER);
        assertThat(r.html()).isEqualTo("<p>Plan | Price</p>\n<p>Standard | $10/user/month</p>\n<p>Pro | <b>$20</b></p>");
        assertThat(r.report()).containsExactly(
                "<table> written as one paragraph per row, cells separated by \" | \": the profile allows no tables");
        assertThat(HtmlText.visibleText(html(source, CPP).html())).doesNotContain("PlanPrice").contains("Standard | $10/user/month");
    }

    @Test
    void linksAreRemovedWithTheirTextKeptAndReported() {
        RenderedDescription r = markdown("See [our site](https://contoso.example).", CPP);
        assertThat(r.html()).isEqualTo("<p>See our site.</p>");
        assertThat(r.report()).containsExactly("<a> removed: links are not allowed; its text kept");
    }

    @Test
    void hostileMarkupNeverReachesTheOutput() {
        RenderedDescription r = html("<p onclick=\"x()\">Hi<script>alert(1)</script><img src=x onerror=y>"
                + "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">go</a></p>", CPP);
        assertThat(r.html()).isEqualTo("<p>Higo</p>");
        assertThat(r.html()).doesNotContain("script", "onclick", "onerror", "iframe", "javascript", "img");
        assertThat(r.report()).contains("<script> removed: not allowed; removed with its content",
                "<img> removed: embedded media are not allowed");
        assertThat(r.report()).anyMatch(l -> l.contains("onclick"));
    }

    @Test
    void lengthIsCountedAsTheMarketplaceCounts() {
        String source = "<p>Hello <b>world</b></p>";
        assertThat(html(source, CPP).length()).isEqualTo("Hello world".length());
        assertThat(html(source, PARTNER_CENTER).length()).isEqualTo(source.length());
    }
}
