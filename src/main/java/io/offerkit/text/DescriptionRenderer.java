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
 * mapped onto the tags the profile allows (strong becomes b, or em where b is not allowed), a table becomes one
 * paragraph per row ({@link TableText}), and every element or attribute removed or rewritten on the way is reported
 * with its reason.
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
        Report report = new Report(allowed, description.format());
        html = TableText.flatten(html, allowed, report::rewritten);
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

    /** Collects one readable line per removed or rewritten element or attribute, in order, without repeats. */
    private static final class Report implements HtmlChangeListener<Object> {
        private static final Set<String> BOLD = Set.of("strong", "b");
        private final Set<String> allowed;
        private final DescriptionFormat format;
        private final Map<String, String> lines = new LinkedHashMap<>();
        private final Map<String, String> renamed;

        Report(Set<String> allowed, DescriptionFormat format) {
            this.allowed = allowed;
            this.format = format;
            this.renamed = aliases(allowed);
        }

        /** A rewrite made before sanitizing (a table turned into paragraphs), reported once with its reason. */
        void rewritten(String key, String line) {
            lines.putIfAbsent(key, line);
        }

        @Override
        public void discardedTag(Object context, String elementName) {
            String target = renamed.get(elementName);
            if (target != null) {
                // The sanitizer reports a renamed tag (strong -> b) as discarded; its content was kept as the alias.
                renamedTag(elementName, target);
                return;
            }
            String why = switch (elementName) {
                case "a" -> "links are not allowed; its text kept";
                case "script", "style", "iframe", "object", "embed" -> "not allowed; removed with its content";
                case "img", "svg", "math", "video", "audio" -> "embedded media are not allowed";
                default -> "not among the allowed tags (" + String.join(", ", sorted(allowed)) + "); its text kept";
            };
            lines.putIfAbsent("tag:" + elementName, "<" + elementName + "> removed: " + why);
        }

        /**
         * Bold written as italics changes how the listing looks, so it is always reported. A same-looking rename
         * (strong -> b) is reported when the user wrote the tag; Markdown's ** asks for bold, not for a tag, so bold
         * it stays and there is nothing to tell.
         */
        private void renamedTag(String tag, String target) {
            boolean looksDifferent = BOLD.contains(tag) != BOLD.contains(target);
            if (looksDifferent) {
                String written = format == DescriptionFormat.MARKDOWN && tag.equals("strong") ? "<strong>, Markdown **…**" : "<" + tag + ">";
                lines.putIfAbsent("tag:" + tag, "Bold (" + written + ") written as <" + target
                        + "> (italics): the profile allows no bold tag");
            } else if (format == DescriptionFormat.HTML) {
                lines.putIfAbsent("tag:" + tag, "<" + tag + "> written as <" + target + "> (the same "
                        + (BOLD.contains(tag) ? "bold" : "italics") + "): the profile allows <" + target + ">, not <" + tag + ">");
            }
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
