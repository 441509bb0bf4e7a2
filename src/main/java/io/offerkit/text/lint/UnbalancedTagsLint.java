package io.offerkit.text.lint;

import io.offerkit.project.DescriptionFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML whose tags do not pair up: the marketplace form needs an open and a close tag for most elements, and a
 * browser's repairs differ from the portal's. Reported with the line of the offending tag.
 */
public final class UnbalancedTagsLint implements Lint {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "wbr", "area", "base",
            "col", "embed", "source", "track", "param");
    /** Elements HTML lets the author leave open; a missing close tag is not worth a finding. */
    private static final Set<String> OPTIONAL_CLOSE = Set.of("li", "p");
    private static final int MAX_FINDINGS = 10;

    @Override
    public String id() {
        return "unbalanced-tags";
    }

    @Override
    public String title() {
        return "HTML tags open and close in pairs";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "Partner Center supported HTML tags, 2021-01-26 (most tags need an open and a close tag)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        if (input.project().description().format() != DescriptionFormat.HTML) {
            return List.of();
        }
        String html = blankOut(input.project().description().source());
        List<Problem> problems = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find() && problems.size() < MAX_FINDINGS) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            int line = lineOf(html, m.start());
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(new Open(name, line));
                continue;
            }
            if (open.stream().noneMatch(o -> o.name.equals(name))) {
                problems.add(problem("</" + name + "> on line " + line + " closes nothing that is open."));
                continue;
            }
            while (!open.peek().name.equals(name)) {
                Open unclosed = open.pop();
                if (!OPTIONAL_CLOSE.contains(unclosed.name)) {
                    problems.add(problem("<" + unclosed.name + "> on line " + unclosed.line + " is not closed before </"
                            + name + "> on line " + line + "."));
                }
            }
            open.pop();
        }
        for (Open unclosed : open) {
            if (!OPTIONAL_CLOSE.contains(unclosed.name) && problems.size() < MAX_FINDINGS) {
                problems.add(problem("<" + unclosed.name + "> on line " + unclosed.line + " is never closed."));
            }
        }
        return problems;
    }

    /** Comments are replaced by spaces of the same length, so line numbers stay right. */
    private static String blankOut(String html) {
        Matcher m = COMMENT.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Problem problem(String message) {
        return new Problem("description", message);
    }

    private record Open(String name, int line) {
    }
}
