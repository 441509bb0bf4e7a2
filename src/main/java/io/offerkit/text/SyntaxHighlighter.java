package io.offerkit.text;

import io.offerkit.project.DescriptionFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours the description source for the editor: Markdown syntax, or HTML tags, attributes, entities and comments.
 * Tags the profile does not allow get their own style, so the user sees in the editor what the marketplace strips.
 * In Markdown, a raw HTML block ({@link MarkdownHtmlBlocks}) is coloured as HTML, Markdown in it included, because
 * that is how it is exported.
 * The result is sorted and never overlaps; text without a range is plain.
 */
public final class SyntaxHighlighter {
    public static final String HEADING = "md-heading";
    public static final String LIST_MARKER = "md-list";
    public static final String STRONG = "md-strong";
    public static final String EMPHASIS = "md-emphasis";
    public static final String CODE = "md-code";
    public static final String LINK = "md-link";
    public static final String QUOTE = "md-quote";
    public static final String TAG = "html-tag";
    public static final String REMOVED_TAG = "html-tag-removed";
    public static final String ATTRIBUTE = "html-attribute";
    public static final String VALUE = "html-value";
    public static final String ENTITY = "html-entity";
    public static final String COMMENT = "html-comment";

    // Order matters: the first alternative that matches at a position wins.
    private static final Pattern MARKDOWN = Pattern.compile(
            "(?<COMMENT><!--[\\s\\S]*?(?:-->|\\z))"
            + "|(?<TAG></?[A-Za-z][^>\\n]*>?)"
            + "|(?<HEADING>^[ ]{0,3}#{1,6}(?:[ \\t].*)?$)"
            + "|(?<QUOTE>^[ ]{0,3}>.*$)"
            + "|(?<LIST>^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]))"
            + "|(?<CODE>`[^`\\n]+`)"
            + "|(?<LINK>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
            + "|(?<STRONG>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
            + "|(?<EMPHASIS>\\*[^*\\s][^*\\n]*\\*|(?<![\\p{L}\\p{N}])_[^_\\s][^_\\n]*_(?![\\p{L}\\p{N}]))"
            + "|(?<ENTITY>&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)",
            Pattern.MULTILINE);
    private static final Pattern HTML = Pattern.compile(
            "(?<COMMENT><!--[\\s\\S]*?(?:-->|\\z))"
            + "|(?<TAG><[/!?]?[A-Za-z][^<>]*>?)"
            + "|(?<ENTITY>&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)");
    private static final Pattern TAG_NAME = Pattern.compile("^<[/!?]?([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern ATTRIBUTE_PART = Pattern.compile(
            "(?<NAME>[^\\s\"'<>/=]+)(?:\\s*=\\s*(?<VALUE>\"[^\"]*\"?|'[^']*'?|[^\\s>]+))?");

    private SyntaxHighlighter() {
    }

    /**
     * @param allowedTags the tags the marketplace keeps (lower case); an empty set marks no tag as removed
     */
    public static List<StyledRange> highlight(String source, DescriptionFormat format, Collection<String> allowedTags) {
        // Tags the renderer maps onto allowed ones (strong -> em) are kept in substance, so they are not marked removed.
        Set<String> allowed = new HashSet<>(allowedTags);
        allowed.addAll(DescriptionRenderer.aliases(Set.copyOf(allowedTags)).keySet());
        List<StyledRange> ranges = new ArrayList<>();
        if (format == DescriptionFormat.HTML) {
            colour(source, 0, source.length(), HTML, allowed, ranges);
            return ranges;
        }
        // Markdown, except its raw HTML blocks: flexmark exports them as they stand, so they are coloured as HTML.
        int position = 0;
        for (MarkdownHtmlBlocks.Block block : MarkdownHtmlBlocks.find(source)) {
            colour(source, position, block.start(), MARKDOWN, allowed, ranges);
            colour(source, block.start(), block.end(), HTML, allowed, ranges);
            position = block.end();
        }
        colour(source, position, source.length(), MARKDOWN, allowed, ranges);
        return ranges;
    }

    /** Colours source[from, to) by one syntax. */
    private static void colour(String source, int from, int to, Pattern syntax, Set<String> allowed, List<StyledRange> ranges) {
        if (from >= to) {
            return;
        }
        Matcher m = syntax.matcher(source).region(from, to);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            if (m.group("TAG") != null) {
                tag(m.group("TAG"), m.start(), allowed, ranges);
            } else {
                add(ranges, new StyledRange(m.start(), m.end(), styleOf(m)));
            }
        }
    }

    /** Adds a range, joining it to the previous one when they touch and share a style (fewer spans to paint). */
    private static void add(List<StyledRange> ranges, StyledRange range) {
        if (!ranges.isEmpty()) {
            StyledRange last = ranges.get(ranges.size() - 1);
            if (last.end() == range.start() && last.style().equals(range.style())) {
                ranges.set(ranges.size() - 1, new StyledRange(last.start(), range.end(), last.style()));
                return;
            }
        }
        ranges.add(range);
    }

    private static String styleOf(Matcher m) {
        if (m.group("COMMENT") != null) {
            return COMMENT;
        }
        if (m.group("ENTITY") != null) {
            return ENTITY;
        }
        if (m.pattern() == MARKDOWN) {
            if (m.group("HEADING") != null) {
                return HEADING;
            }
            if (m.group("QUOTE") != null) {
                return QUOTE;
            }
            if (m.group("LIST") != null) {
                return LIST_MARKER;
            }
            if (m.group("CODE") != null) {
                return CODE;
            }
            if (m.group("LINK") != null) {
                return LINK;
            }
            if (m.group("STRONG") != null) {
                return STRONG;
            }
            return EMPHASIS;
        }
        throw new IllegalStateException("unreachable");
    }

    /** A tag: its name (allowed or removed), then attribute names and values; the rest keeps the tag style. */
    private static void tag(String text, int offset, Set<String> allowed, List<StyledRange> ranges) {
        Matcher name = TAG_NAME.matcher(text);
        if (!name.find()) {
            add(ranges, new StyledRange(offset, offset + text.length(), TAG));
            return;
        }
        String tagName = name.group(1).toLowerCase(Locale.ROOT);
        boolean removed = !allowed.isEmpty() && !allowed.contains(tagName) && !text.startsWith("<!") && !text.startsWith("<?");
        String tagStyle = removed ? REMOVED_TAG : TAG;
        add(ranges, new StyledRange(offset, offset + name.end(), tagStyle));
        int bodyEnd = text.endsWith(">") ? text.length() - 1 : text.length();
        int position = name.end();
        Matcher attribute = ATTRIBUTE_PART.matcher(text).region(name.end(), bodyEnd);
        while (attribute.find()) {
            if (attribute.start() > position) {
                add(ranges, new StyledRange(offset + position, offset + attribute.start(), tagStyle));
            }
            add(ranges, new StyledRange(offset + attribute.start("NAME"), offset + attribute.end("NAME"), ATTRIBUTE));
            if (attribute.group("VALUE") != null) {
                if (attribute.start("VALUE") > attribute.end("NAME")) {
                    add(ranges, new StyledRange(offset + attribute.end("NAME"), offset + attribute.start("VALUE"), tagStyle));
                }
                add(ranges, new StyledRange(offset + attribute.start("VALUE"), offset + attribute.end("VALUE"), VALUE));
            }
            position = attribute.end();
        }
        if (position < text.length()) {
            add(ranges, new StyledRange(offset + position, offset + text.length(), tagStyle));
        }
    }
}
