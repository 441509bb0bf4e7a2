package io.offerkit.ui.description;

/** Wraps the sanitized description in a page styled like a marketplace listing, for the preview WebView. */
public final class PreviewPage {
    private static final String STYLE = """
            body { font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 14px; line-height: 1.5;
                   color: #1f2430; margin: 18px 22px; background: #ffffff; }
            h1, h2, h3, h4, h5, h6 { color: #111827; margin: 1em 0 0.4em; line-height: 1.25; }
            h1 { font-size: 22px; } h2 { font-size: 19px; } h3 { font-size: 16px; } h4, h5, h6 { font-size: 14px; }
            p { margin: 0 0 0.8em; }
            ul, ol { margin: 0 0 0.8em; padding-left: 1.4em; }
            li { margin: 0.2em 0; }
            """;

    private PreviewPage() {
    }

    public static String wrap(String sanitizedHtml) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" + STYLE + "</style></head><body>"
                + sanitizedHtml + "</body></html>";
    }
}
