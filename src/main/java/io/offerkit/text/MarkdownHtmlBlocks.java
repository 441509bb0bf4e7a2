package io.offerkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML blocks of a Markdown source, found as CommonMark (and so flexmark, which renders the export) finds
 * them: a line that starts with a block-level tag such as {@code <p>} or {@code <div>}, or with a complete tag alone
 * on its line, opens an HTML block that goes on until a blank line, and nothing in it is read as Markdown. The
 * editor colours these lines as HTML and a lint names the Markdown they swallow, so what the user sees is what is
 * exported. One pass over the lines, no parse: this runs on every keystroke.
 */
public final class MarkdownHtmlBlocks {
    /**
     * Lines [start, end) of the source that are one HTML block; {@code line} is the 1-based line it starts on, and
     * {@code untilBlankLine} tells the kinds that swallow whatever follows up to a blank line (CommonMark's 6 and 7)
     * from those that end at their own closing marker ({@code </pre>}, {@code -->}).
     */
    public record Block(int start, int end, int line, boolean untilBlankLine) {
    }

    private static final String BLOCK_TAGS = "address|article|aside|base|basefont|blockquote|body|caption|center|col"
            + "|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset"
            + "|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol"
            + "|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
    private static final Pattern RAW_START = Pattern.compile("^ {0,3}<(?:script|pre|style|textarea)(?:[ \\t>]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_END = Pattern.compile("</(?:script|pre|style|textarea)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}</?(?:" + BLOCK_TAGS + ")(?:[ \\t>]|/>|$)",
            Pattern.CASE_INSENSITIVE);
    /** A complete open or close tag alone on its line (it cannot interrupt a paragraph). */
    private static final Pattern LONE_TAG = Pattern.compile("^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*"
            + "(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>"
            + "|</[A-Za-z][A-Za-z0-9-]*\\s*>)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");

    private MarkdownHtmlBlocks() {
    }

    public static List<Block> find(String source) {
        List<Block> blocks = new ArrayList<>();
        if (source.indexOf('<') < 0) {
            return blocks;
        }
        String fence = null;
        boolean paragraph = false;
        int blockStart = -1;
        int blockLine = 0;
        String closing = null; // the end marker of a block that ends at one; null for one that ends at a blank line
        int lineNumber = 0;
        for (int start = 0; start < source.length(); ) {
            int newline = source.indexOf('\n', start);
            int end = newline < 0 ? source.length() : newline + 1;
            String line = source.substring(start, newline < 0 ? source.length() : newline);
            lineNumber++;
            boolean blank = line.isBlank();
            if (blockStart >= 0) {
                if (closing == null && blank) {
                    blocks.add(new Block(blockStart, start, blockLine, true));
                    blockStart = -1;
                    paragraph = false;
                } else if (closing != null && ends(line, closing)) {
                    blocks.add(new Block(blockStart, end, blockLine, false));
                    blockStart = -1;
                }
            } else if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if (blank) {
                paragraph = false;
            } else if (!paragraph && indent(line) >= 4) {
                // Indented code: no HTML block starts here, and it is no paragraph a lone tag could not interrupt.
                paragraph = false;
            } else if (fenceOf(line) != null) {
                fence = fenceOf(line);
                paragraph = false;
            } else {
                closing = closingOf(line, paragraph);
                if (closing != null) {
                    blockStart = start;
                    blockLine = lineNumber;
                    closing = closing.isEmpty() ? null : closing;
                    if (closing != null && ends(line.substring(line.indexOf('<') + 1), closing)) {
                        blocks.add(new Block(start, end, lineNumber, false));
                        blockStart = -1;
                    }
                } else {
                    paragraph = !HEADING.matcher(line).find();
                }
            }
            start = end;
        }
        if (blockStart >= 0) {
            blocks.add(new Block(blockStart, source.length(), blockLine, closing == null));
        }
        return blocks;
    }

    /** "" for a block that ends at a blank line, its end marker for one that ends at a marker, null for no block. */
    private static String closingOf(String line, boolean paragraph) {
        if (RAW_START.matcher(line).find()) {
            return "</";
        }
        String lead = line.stripLeading();
        if (lead.startsWith("<!--")) {
            return "-->";
        }
        if (lead.startsWith("<?")) {
            return "?>";
        }
        if (lead.startsWith("<![CDATA[")) {
            return "]]>";
        }
        if (lead.length() > 2 && lead.startsWith("<!") && Character.isLetter(lead.charAt(2))) {
            return ">";
        }
        if (BLOCK_START.matcher(line).find() || (!paragraph && LONE_TAG.matcher(line).find())) {
            return "";
        }
        return null;
    }

    /** The opening code fence of the line (``` or ~~~, as long as written), or null. */
    private static String fenceOf(String line) {
        Matcher m = FENCE.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static boolean ends(String line, String closing) {
        return closing.equals("</") ? RAW_END.matcher(line).find() : line.contains(closing);
    }

    private static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }
}
