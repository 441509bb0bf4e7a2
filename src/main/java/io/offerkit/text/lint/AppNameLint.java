package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app name carries no emoji and does not borrow a Microsoft product name. */
public final class AppNameLint implements Lint {
    private static final Pattern MICROSOFT_NAMES = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(Microsoft|Dynamics(?: 365)?|Office(?: 365)?|Microsoft 365|Teams|Outlook|Excel|Word|PowerPoint"
                    + "|SharePoint|OneDrive|OneNote|Power BI|Power Apps|Power Automate|Azure|Windows|Xbox|Bing|Copilot)"
                    + "(?![\\p{L}\\p{N}])");

    @Override
    public String id() {
        return "app-name";
    }

    @Override
    public String title() {
        return "App name: no emoji, no Microsoft product names";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "Partner Center offer listing, 2021-12-03 (no emoji); Office Store listing guidance (no Microsoft product names)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        String name = input.project().appName();
        List<Problem> problems = new ArrayList<>();
        String emoji = firstEmoji(name);
        if (emoji != null) {
            problems.add(new Problem("appName", "The app name contains the emoji " + emoji + "; names may not contain emoji."));
        }
        Matcher m = MICROSOFT_NAMES.matcher(name);
        if (m.find()) {
            problems.add(new Problem("appName", "The app name contains the Microsoft product name \"" + m.group(1)
                    + "\"; name your own product (say what it works with in the description)."));
        }
        return problems;
    }

    /** The first emoji of {@code text}, or null. The trademark and copyright signs are allowed in names. */
    static String firstEmoji(String text) {
        return text.codePoints().filter(AppNameLint::isEmoji).mapToObj(Character::toString).findFirst().orElse(null);
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || cp == 0x2B50 || cp == 0x231A || cp == 0x231B || cp == 0x23F0 || cp == 0x23F3;
    }
}
