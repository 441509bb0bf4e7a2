package io.offerkit.text;

import org.jsoup.Jsoup;

/** Plain-text views of HTML, as a marketplace counting "characters" sees them. */
public final class HtmlText {
    private HtmlText() {
    }

    /** The text without tags, entities decoded, each run of white space counted as one character. */
    public static String visibleText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** Characters as a person counts them (code points, so an emoji counts once). */
    public static int visibleLength(String html) {
        String text = visibleText(html);
        return text.codePointCount(0, text.length());
    }
}
