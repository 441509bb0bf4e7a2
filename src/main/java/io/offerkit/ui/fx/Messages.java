package io.offerkit.ui.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.scene.Node;

/**
 * The words of the UI: every user-visible string of {@code io.offerkit.ui.**} comes from
 * {@code io/offerkit/ui/messages.properties} (UTF-8) through {@link #text} (the value as it is) or {@link #format}
 * (the value is a {@link MessageFormat} pattern: {@code {0}} is an argument and a single quote must be written
 * {@code ''}). Keys are grouped by feature: {@code logos.fit.contain}, {@code menu.file.open}...
 *
 * <p>What the core says (an {@code OfferKitException}'s message, a profile's labels and check results, a lint's
 * message) is data shown as it is, not looked up here.
 *
 * <p>Pseudo-locale: with {@code -Dofferkit.pseudoLocale=true}, or the default locale {@code en-XA}, each string is
 * shown as {@code [Ŝţŕîñĝ ~~~~]}: accented letters, about 35 % longer and bracketed, so a string left in the code
 * stands out and a layout that cannot take a longer translation shows it.
 */
public final class Messages {
    public static final String PSEUDO_PROPERTY = "offerkit.pseudoLocale";
    static final String BUNDLE = "io.offerkit.ui.messages";
    /** Set on a node whose text is data (a file name, a profile's label, a core message), never looked up here. */
    public static final String USER_DATA = "offerkit.userData";

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private static volatile boolean pseudo = Boolean.getBoolean(PSEUDO_PROPERTY)
            || "en-XA".equals(Locale.getDefault().toLanguageTag());

    private Messages() {
    }

    /** The string of {@code key} as it is (no {@link MessageFormat} processing: quotes and braces are literal). */
    public static String text(String key) {
        String value = raw(key);
        return pseudo ? pseudo(value, false) : value;
    }

    /** The {@link MessageFormat} pattern of {@code key} with {@code args} put in. */
    public static String format(String key, Object... args) {
        String pattern = raw(key);
        return new MessageFormat(pseudo ? pseudo(pattern, true) : pattern, Locale.getDefault(Locale.Category.FORMAT))
                .format(args);
    }

    /** Marks a node as showing data rather than the UI's own words (the pseudo-locale test leaves such text alone). */
    public static <T extends Node> T userData(T node) {
        node.getProperties().put(USER_DATA, Boolean.TRUE);
        return node;
    }

    /** For tests: switches the pseudo-locale on or off for strings looked up from now on. */
    static void usePseudo(boolean on) {
        pseudo = on;
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    private static String raw(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // never seen when MessagesTest passes; better a visible key than a crashed window
        }
    }

    /**
     * "[Åççéñţéð ţéẋţ ~~~~]": letters accented, about 35 % (at least two characters) longer. In a pattern, arguments
     * ({@code {0}}, {@code {0,number}}) are left as they are, but the words of a choice ({@code {0,choice,1#file|1<files}})
     * are accented too; the length added counts the pattern's own words (a choice by its longest alternative), not the
     * arguments' syntax, since a translation lengthens only those.
     */
    static String pseudo(String value, boolean pattern) {
        StringBuilder out = new StringBuilder(value.length() * 3 / 2 + 4).append('[');
        int depth = 0;
        boolean choice = false;
        boolean choiceWords = false;
        int words = 0;
        int alternative = 0;
        int longestAlternative = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean syntax = false;
            if (pattern && c == '{') {
                depth++;
                syntax = true;
                if (depth == 1) {
                    choice = value.substring(i + 1).matches("(?s)\\s*\\d+\\s*,\\s*choice\\s*,.*");
                    choiceWords = false;
                    alternative = 0;
                    longestAlternative = 0;
                }
            } else if (pattern && c == '}' && depth > 0) {
                depth--;
                syntax = true;
                if (depth == 0) {
                    words += Math.max(choice ? longestAlternative : 0, alternative);
                }
            } else if (pattern && depth == 1 && choice && (c == '#' || c == '<' || c == '\u2264')) {
                choiceWords = true;
                syntax = true;
            } else if (pattern && depth == 1 && choice && c == '|') {
                longestAlternative = Math.max(longestAlternative, alternative);
                alternative = 0;
                choiceWords = false;
                syntax = true;
            }
            boolean accent = depth == 0 || depth == 1 && choice && choiceWords;
            if (!syntax && depth == 0) {
                words++;
            } else if (!syntax && accent) {
                alternative++;
            }
            int at = PLAIN.indexOf(c);
            out.append(accent && at >= 0 ? ACCENTED.charAt(at) : c);
        }
        int padding = Math.max(2, (int) Math.round(words * 0.35));
        return out.append(' ').append("~".repeat(padding)).append(']').toString();
    }
}
