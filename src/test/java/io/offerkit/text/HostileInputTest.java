package io.offerkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile descriptions, as HTML and as Markdown, for both built-in profiles: the output keeps only the profile's tags,
 * never an attribute, and nothing a browser could run or load.
 */
class HostileInputTest {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)");

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<p onclick=\"alert(1)\" onmouseover='x()'>hi</p>",
            "<b onload=alert(1)>bold</b>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url('javascript:alert(1)')\">styled</p>",
            "<svg onload=alert(1)><script>alert(2)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math href=\"javascript:alert(1)\">CLICK</math>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "<p>unclosed <b>bold <i>italic",
            "<<script>script>alert(1)<</script>/script>",
            "<p/onclick=alert(1)>slash</p>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\"><link rel=stylesheet href=x.css>",
            "<details open ontoggle=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "[link](javascript:alert(1)) ![img](data:image/svg+xml,<svg onload=alert(1)>)",
            "<javascript:alert(1)> and <https://evil.example>",
            "[x](  javascript:alert(1)  \"title\")",
            "```html\n<script>alert(1)</script>\n```",
            "<div>\n\n*md inside* <script>alert(1)</script>\n\n</div>");

    static Stream<Arguments> cases() {
        ProfileRegistry registry = ProfileRegistry.builtIn();
        List<Arguments> cases = new ArrayList<>();
        for (String profile : List.of("appsource-d365-ce-2019", "partner-center-d365")) {
            TextFieldSpec spec = registry.find(profile).orElseThrow().textField("description").orElseThrow();
            for (DescriptionFormat format : DescriptionFormat.values()) {
                for (String payload : PAYLOADS) {
                    cases.add(Arguments.of(profile, spec, format, payload));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @MethodSource("cases")
    void nothingRunnableReachesTheOutput(String profile, TextFieldSpec spec, DescriptionFormat format, String payload) {
        String html = DescriptionRenderer.render(new Description(format, payload), spec).html();

        assertOnlyAllowedMarkup(html, spec);
    }

    static void assertOnlyAllowedMarkup(String html, TextFieldSpec spec) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(spec.allowedTags()).as("tag in " + html).contains(tag.group(1).toLowerCase(Locale.ROOT));
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (!element.tagName().equals("body")) {
                assertThat(spec.allowedTags()).as("element in " + html).contains(element.tagName());
            }
            assertThat(element.attributes().asList()).as("attributes in " + html).isEmpty();
        }
        assertThat(html).doesNotContain("=\"", "='");
    }
}
