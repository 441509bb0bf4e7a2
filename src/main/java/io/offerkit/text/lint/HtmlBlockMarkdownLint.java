package io.offerkit.text.lint;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.MarkdownHtmlBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown written right after an HTML line, with no blank line between: CommonMark reads it as part of the HTML
 * block, so "## Pricing" and "**Fast**" are exported as literal text. Named with its line and the line the HTML
 * starts on, since the fix is a blank line there.
 */
public final class HtmlBlockMarkdownLint implements Lint {
    private static final Pattern MARKDOWN = Pattern.compile(
            "^ {0,3}(?:#{1,6}[ \\t]|[-*+][ \\t]|\\d{1,9}[.)][ \\t])|\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__"
                    + "|`[^`\\n]+`|\\[[^\\]\\n]+\\]\\([^)\\n]*\\)");
    private static final int QUOTED = 40;

    @Override
    public String id() {
        return "markdown-in-html";
    }

    @Override
    public String title() {
        return "Markdown is not swallowed by the HTML line above it";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.WARNING;
    }

    @Override
    public String source() {
        return "CommonMark 0.31, HTML blocks (an HTML block ends at a blank line)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        Description description = input.project().description();
        if (description.format() != DescriptionFormat.MARKDOWN) {
            return List.of();
        }
        String source = description.source();
        List<Problem> problems = new ArrayList<>();
        for (MarkdownHtmlBlocks.Block block : MarkdownHtmlBlocks.find(source)) {
            if (!block.untilBlankLine()) {
                continue; // <pre>, <script>, comments: raw on purpose, and a blank line would not end them
            }
            int lineStart = source.indexOf('\n', block.start()) + 1;
            for (int line = block.line() + 1; lineStart > 0 && lineStart < block.end(); line++) {
                int next = source.indexOf('\n', lineStart);
                String text = source.substring(lineStart, next < 0 || next > block.end() ? block.end() : next);
                if (MARKDOWN.matcher(text).find()) {
                    String quoted = text.strip().length() > QUOTED ? text.strip().substring(0, QUOTED) + "…" : text.strip();
                    problems.add(new Problem("description", "Line " + line + " (\"" + quoted + "\") is read as HTML, not"
                            + " Markdown: the HTML on line " + block.line() + " goes on until a blank line, so it is exported"
                            + " as it stands. Leave a blank line after line " + block.line() + ".",
                            lineStart + (text.length() - text.stripLeading().length())));
                    break;
                }
                lineStart = next + 1;
            }
        }
        return problems;
    }
}
