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
        assertThat(markdown("**Fast**", CPP).report()).isEmpty();
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
