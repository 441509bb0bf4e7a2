package io.offerkit.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.offerkit.profile.CountMode;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the description source (Markdown or HTML) into the HTML the marketplace accepts: Markdown is rendered by
 * flexmark, then everything passes the OWASP sanitizer with only the profile's tags and no attributes. Emphasis is
 * mapped onto the tags the profile allows (strong becomes b, or em where b is not allowed), and every element or
 * attribute removed on the way is reported.
 */
public final class DescriptionRenderer {
    private static final Parser MARKDOWN = Parser.builder(new MutableDataSet()).build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder(new MutableDataSet())
            .escapeHtml(false)
            .build();

    /** Building a policy costs more than sanitizing a long description, and a profile's tag set never changes. */
    private static final Map<Set<String>, PolicyFactory> POLICIES = new ConcurrentHashMap<>();

    private DescriptionRenderer() {
    }

    public static RenderedDescription render(Description description, TextFieldSpec field) {
        String html = description.format() == DescriptionFormat.MARKDOWN
                ? MARKDOWN_HTML.render(MARKDOWN.parse(description.source()))
                : description.source();
        Set<String> allowed = Set.copyOf(field.allowedTags());
        Report report = new Report(allowed);
        String clean = POLICIES.computeIfAbsent(allowed, DescriptionRenderer::policy).sanitize(html, report, null).strip();
        clean = clean.replace("\n\n", "\n");
        int length = field.countMode() == CountMode.MARKUP ? clean.length() : HtmlText.visibleLength(clean);
        return new RenderedDescription(clean, report.lines(), length);
    }

    private static PolicyFactory policy(Set<String> allowed) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder().allowElements(allowed.toArray(String[]::new));
        for (Map.Entry<String, String> alias : aliases(allowed).entrySet()) {
            String target = alias.getValue();
            builder.allowElements((name, attrs) -> target, alias.getKey());
        }
        return builder.toFactory();
    }

    /** Emphasis tags the profile does not allow, mapped to ones it does. */
    static Map<String, String> aliases(Set<String> allowed) {
        Map<String, String> aliases = new LinkedHashMap<>();
        String bold = allowed.contains("b") ? "b" : allowed.contains("strong") ? "strong" : allowed.contains("em") ? "em" : null;
        String italic = allowed.contains("i") ? "i" : allowed.contains("em") ? "em" : null;
        for (String tag : List.of("strong", "b")) {
            if (!allowed.contains(tag) && bold != null) {
                aliases.put(tag, bold);
            }
        }
        for (String tag : List.of("em", "i")) {
            if (!allowed.contains(tag) && italic != null) {
                aliases.put(tag, italic);
            }
        }
        return aliases;
    }

    /** Collects one readable line per removed element or attribute, in order, without repeats. */
    private static final class Report implements HtmlChangeListener<Object> {
        private final Set<String> allowed;
        private final Map<String, String> lines = new LinkedHashMap<>();
        private final Set<String> renamed;

        Report(Set<String> allowed) {
            this.allowed = allowed;
            this.renamed = aliases(allowed).keySet();
        }

        @Override
        public void discardedTag(Object context, String elementName) {
            if (renamed.contains(elementName)) {
                return; // the sanitizer reports a renamed tag (strong -> b) as discarded; its content was kept as the alias
            }
            String why = switch (elementName) {
                case "a" -> "links are not allowed; its text kept";
                case "script", "style", "iframe", "object", "embed" -> "not allowed; removed with its content";
                case "img", "svg", "math", "video", "audio" -> "embedded media are not allowed";
                default -> "not among the allowed tags (" + String.join(", ", sorted(allowed)) + "); its text kept";
            };
            lines.putIfAbsent("tag:" + elementName, "<" + elementName + "> removed: " + why);
        }

        @Override
        public void discardedAttributes(Object context, String tagName, String... attributeNames) {
            for (String attribute : attributeNames) {
                lines.putIfAbsent("attr:" + tagName + ":" + attribute,
                        "Attribute " + attribute + " on <" + tagName + "> removed: attributes are not allowed");
            }
        }

        List<String> lines() {
            return new ArrayList<>(lines.values());
        }

        private static List<String> sorted(Set<String> tags) {
            return tags.stream().sorted().toList();
        }
    }
}
