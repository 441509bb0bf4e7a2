package io.offerkit.bundle;

import java.util.Locale;

/** Where each part of an offer lives inside a bundle. One place, so writer, reader and verifier agree. */
public final class BundleLayout {
    public static final String OFFER_JSON = "offer.json";
    public static final String REPORT_HTML = "report.html";
    public static final String PARTNER_CENTER_HTML = "partner-center.html";
    /** The store preview: the listing roughly as the marketplace shows it ({@code StorePreviewHtml}). */
    public static final String PREVIEW_HTML = "preview.html";
    public static final String LOGOS = "logos/";
    public static final String DESCRIPTION_HTML = "description/description.html";
    public static final String DESCRIPTION_MARKDOWN = "description/description.md";
    public static final String DESCRIPTION_SOURCE_HTML = "description/source.html";
    public static final String LEGAL = "legal/";
    public static final String DOCUMENTS = "documents/";
    public static final String SOURCES = "sources/";
    public static final String SCREENSHOTS = "screenshots/";
    public static final String VIDEOS = "videos/";
    public static final String FORMAT = "offerkit-bundle";
    public static final int FORMAT_VERSION = 1;

    private BundleLayout() {
    }

    public static String logo(String slotId) {
        return LOGOS + FileNames.safe(slotId, "logo") + ".png";
    }

    /** The {@code number}-th screenshot (from 1): screenshots/01-slug.png. */
    public static String screenshot(int number, String slug) {
        return SCREENSHOTS + String.format(Locale.ROOT, "%02d-%s.png", number, slug);
    }

    /** The {@code number}-th video's thumbnail (from 1): videos/01-slug-thumbnail.png. */
    public static String videoThumbnail(int number, String slug) {
        return VIDEOS + String.format(Locale.ROOT, "%02d-%s-thumbnail.png", number, slug);
    }
}
