package io.offerkit.ui.description;

/**
 * Wraps the sanitized description in a page styled like a marketplace listing, for the preview WebView. The page's
 * content security policy forbids every script, frame, image, font and connection: only its own inline style may
 * apply, a second wall behind the sanitizer.
 */
public final class PreviewPage {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String STYLE = """
            html { background: #ffffff; }
            body { font-family: 'Segoe UI', 'Selawik', 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
                   font-size: 14px; line-height: 1.55; color: #323130; margin: 16px 20px 24px; max-width: 760px; }
            h1, h2, h3, h4, h5, h6 { color: #201f1e; margin: 1.1em 0 0.45em; line-height: 1.3; font-weight: 600; }
            body > :first-child { margin-top: 0; }
            h1 { font-size: 22px; } h2 { font-size: 19px; } h3 { font-size: 16px; } h4, h5, h6 { font-size: 14px; }
            p { margin: 0 0 0.85em; }
            ul, ol { margin: 0 0 0.85em; padding-left: 1.5em; }
            li { margin: 0.25em 0; }
            b, strong { font-weight: 600; }
            """;

    private PreviewPage() {
    }

    public static String wrap(String sanitizedHtml) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">"
                + "<style>" + STYLE + "</style></head><body>" + sanitizedHtml + "</body></html>";
    }
}
