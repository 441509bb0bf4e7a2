package io.offerkit.bundle;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The bundle's {@code preview.html}: the listing roughly as the store shows it, the search result tile and the detail
 * page, light and dark, said plainly to be an approximation. It runs no script and loads nothing: a CSP meta that
 * allows only inline styles and {@code data:} images, every image inlined, every project text escaped; links and
 * documents are named, not linked. The theme follows the system ({@code prefers-color-scheme}); the links
 * {@code #light} and {@code #dark} force one through {@code :target} (nested ids, so one target at a time), and
 * {@link #withAppearance} forces one for a viewer that cannot follow a link, such as the app's window.
 */
public final class StorePreviewHtml {
    /** The one marker {@link #withAppearance} changes: the page's root element. */
    private static final String ROOT = "<html lang=\"en\" class=\"system\">";
    private static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    private static final String LIGHT = "--bg:#fff;--fg:#323130;--muted:#605e5c;--card:#fff;--line:#e1dfdd;--soft:#f3f2f1;"
            + "--accent:#0078d4;--on-accent:#fff;--warn-bg:#fff4ce;--warn-fg:#8a3707;--ghost:#edebe9";
    private static final String DARK = "--bg:#1b1a19;--fg:#f3f2f1;--muted:#c8c6c4;--card:#252423;--line:#3b3a39;--soft:#2d2c2b;"
            + "--accent:#2899f5;--on-accent:#000;--warn-bg:#4a3a12;--warn-fg:#ffd97a;--ghost:#323130";
    private static final String STYLE = ".page{" + LIGHT + "}"
            + "@media (prefers-color-scheme:dark){html.system .page{" + DARK + "}}"
            + "html.dark .page,#dark:target{" + DARK + "}html.light .page,#light:target .page{" + LIGHT + "}"
            + """
            body{margin:0}.page{background:var(--bg);color:var(--fg);min-height:100vh;padding:0 0 40px;
            font:14px/1.45 "Segoe UI","Segoe UI Web",system-ui,-apple-system,sans-serif}
            .wrap{max-width:1080px;margin:0 auto;padding:0 32px}
            .notice{background:var(--soft);border-bottom:1px solid var(--line);padding:10px 32px;color:var(--muted);font-size:13px}
            .notice strong{color:var(--fg)}.notice a{color:var(--accent);margin-left:10px}
            h2.part{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:28px 0 12px;font-weight:600}
            .tiles{display:flex;gap:16px}.tile{width:228px;height:232px;box-sizing:border-box;border:1px solid var(--line);
            border-radius:4px;background:var(--card);padding:16px;box-shadow:0 1.6px 3.6px rgba(0,0,0,.13)}
            .tile img,.tile .nologo{width:48px;height:48px;display:block;margin-bottom:12px}
            .nologo{background:var(--ghost);border-radius:2px}
            .tile .name{font-weight:700;font-size:15px;line-height:20px;max-height:40px;overflow:hidden;margin-bottom:8px}
            .tile .by{color:var(--muted);font-size:12px;margin:-6px 0 8px}
            .tile .summary{font-size:13px;line-height:18px;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
            .tile.ghost div{background:var(--ghost);border-radius:2px;height:12px;margin:10px 0}.tile.ghost .logo{width:48px;height:48px;margin:0 0 16px}
            .foot{color:var(--muted);font-size:12px;margin:8px 0 0}
            .detail{border:1px solid var(--line);border-radius:4px;background:var(--card);padding:24px 32px}
            .head{display:flex;gap:24px;align-items:center}.head img,.head .nologo{width:108px;height:108px;flex:none}
            .head h1{font-size:28px;line-height:36px;margin:0;font-weight:700}.head .by{color:var(--muted);margin:2px 0 12px}
            .get{display:inline-block;background:var(--accent);color:var(--on-accent);font-weight:600;padding:6px 20px;border-radius:2px}
            .tabs{display:flex;gap:28px;border-bottom:1px solid var(--line);margin:24px 0 20px}
            .tabs span{padding:8px 0;color:var(--muted)}.tabs .on{color:var(--fg);font-weight:600;border-bottom:2px solid var(--accent)}
            .carousel{width:640px;max-width:100%;display:flex;align-items:flex-start;overflow-x:auto;scroll-snap-type:x mandatory;
            border:1px solid var(--line);background:var(--soft)}
            .slide{flex:0 0 640px;scroll-snap-align:start;margin:0;position:relative}
            .frame{width:640px;height:360px;display:flex;align-items:center;justify-content:center;background:#000;position:relative}
            .pic{background:#000 center/contain no-repeat}.frame .pic{width:640px;height:360px}.frame .none{color:#c8c6c4}
            .slide figcaption{padding:8px 12px;font-size:13px}.count{color:var(--muted);float:right}
            .play{position:absolute;left:50%;top:50%;width:68px;height:48px;margin:-24px 0 0 -34px;border-radius:12px;
            background:rgba(0,0,0,.7)}.play:after{content:"";position:absolute;left:27px;top:14px;border-style:solid;
            border-width:10px 0 10px 17px;border-color:transparent transparent transparent #fff}
            .warning{position:absolute;left:0;right:0;bottom:0;background:var(--warn-bg);color:var(--warn-fg);opacity:.96;
            padding:8px 12px;font-size:13px;border-top:2px solid #f7630c}
            .badge{position:absolute;top:10px;left:10px;background:#f7630c;color:#fff;font-weight:600;font-size:12px;padding:3px 10px;border-radius:2px}
            .thumbs{display:flex;gap:8px;margin:8px 0 0;flex-wrap:wrap}.thumbs span{width:96px;height:54px;display:block;
            position:relative;border:1px solid var(--line);background-size:cover}
            .thumbs .marked{outline:2px solid #f7630c}.thumbs i{position:absolute;right:3px;top:2px;font-style:normal;
            background:#f7630c;color:#fff;font-size:11px;padding:0 4px;border-radius:2px}
            .thumbs .mini-play{left:50%;top:50%;right:auto;width:0;height:0;margin:-7px 0 0 -5px;padding:0;border-radius:0;
            background:none;border-style:solid;border-width:7px 0 7px 11px;border-color:transparent transparent transparent #fff}
            .flagged{color:var(--warn-fg);background:var(--warn-bg);font-size:13px;padding:6px 10px;margin:8px 0 0;width:618px;max-width:100%}
            .overview{display:grid;grid-template-columns:642px 1fr;gap:32px;align-items:start}
            .description{max-width:760px;margin-top:24px}.description h1,.description h2,.description h3{font-size:18px;margin:18px 0 6px}
            .side h3{font-size:14px;margin:0 0 6px}.side ul{list-style:none;padding:0;margin:0 0 18px}.side li{margin:0 0 6px}
            .side .label{color:var(--accent)}.side .detail-of{color:var(--muted);font-size:12px;display:block}
            .note{color:var(--muted);font-size:12px;margin-top:28px;border-top:1px solid var(--line);padding-top:10px}
            @media (max-width:1000px){.overview{grid-template-columns:1fr}}
            """;

    /** How the page's theme is chosen. */
    public enum Appearance { SYSTEM, LIGHT, DARK }

    private StorePreviewHtml() {
    }

    /** The page as a viewer that cannot follow {@code #dark} shows it in {@code appearance}; the bundle's page is SYSTEM. */
    public static String withAppearance(String html, Appearance appearance) {
        return html.replaceFirst(java.util.regex.Pattern.quote(ROOT), "<html lang=\"en\" class=\""
                + appearance.name().toLowerCase(Locale.ROOT) + "\">");
    }

    static String render(StorePreview preview) {
        String name = preview.name().isBlank() ? "Untitled offer" : preview.name();
        StringBuilder html = new StringBuilder(65536);
        html.append("<!DOCTYPE html>\n").append(ROOT).append("<head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<meta name=\"color-scheme\" content=\"light dark\">")
                .append("<title>").append(esc(name)).append(" — store preview</title>")
                .append("<style>").append(STYLE);
        StorePreviewMedia.imageStyles(html, preview);
        html.append("</style></head><body>\n")
                .append("<span id=\"system\"></span><div id=\"light\"><div id=\"dark\" class=\"page\">\n")
                .append("<div class=\"notice\"><strong>Approximation.</strong> How ").append(esc(preview.marketplace()))
                .append(" may show this listing, drawn by OfferKit from the project; the store's own page differs in"
                        + " fonts, spacing and what it adds (ratings, plans and pricing).")
                .append("<a href=\"#system\">System</a><a href=\"#light\">Light</a><a href=\"#dark\">Dark</a></div>\n")
                .append("<div class=\"wrap\">\n");
        tile(html, preview, name);
        detail(html, preview, name);
        html.append("<p class=\"note\">A preview made by OfferKit; nothing on this page is loaded from the network."
                + " Screenshots are shown at the width of the store's media frame (")
                .append(StorePreview.FRAME_WIDTH).append(" px); the bundle holds them at full size.</p>\n");
        return html.append("</div></div></div></body></html>\n").toString();
    }

    private static void tile(StringBuilder html, StorePreview preview, String name) {
        html.append("<h2 class=\"part\">Search result tile</h2>\n<div class=\"tiles\"><div class=\"tile\">");
        logo(html, preview.tileLogo(), 48);
        html.append("<div class=\"name\">").append(esc(name)).append("</div>");
        if (!preview.publisher().isBlank()) {
            html.append("<div class=\"by\">").append(esc(preview.publisher())).append("</div>");
        }
        html.append("<div class=\"summary\">").append(esc(cut(preview.summary(), preview.summaryLimit()))).append("</div></div>");
        for (int i = 0; i < 2; i++) {
            // two neighbours of no one in particular: a tile is judged among others
            html.append("<div class=\"tile ghost\" aria-hidden=\"true\"><div class=\"logo\"></div><div style=\"width:70%\"></div>"
                    + "<div style=\"width:40%\"></div><div></div><div style=\"width:85%\"></div></div>");
        }
        html.append("</div>\n<p class=\"foot\">The summary is cut at ").append(preview.summaryLimit())
                .append(" characters, at a word, with an ellipsis, and shown on at most three lines: the search results"
                        + " summary's limit in the profile (no published figure for where the tile cuts was found).</p>\n");
    }

    private static void detail(StringBuilder html, StorePreview preview, String name) {
        html.append("<h2 class=\"part\">Detail page</h2>\n<div class=\"detail\"><div class=\"head\">");
        logo(html, preview.largeLogo(), 108);
        html.append("<div><h1>").append(esc(name)).append("</h1><div class=\"by\">")
                .append(preview.publisher().isBlank() ? "" : "by " + esc(preview.publisher()))
                .append("</div><span class=\"get\">Get it now</span></div></div>\n")
                .append("<div class=\"tabs\"><span class=\"on\">Overview</span><span>Plans + Pricing</span>"
                        + "<span>Ratings + reviews</span><span>Details + support</span></div>\n")
                .append("<div class=\"overview\"><div>");
        StorePreviewMedia.carousel(html, preview);
        html.append("</div><div class=\"side\">");
        named(html, "Links", preview.links());
        named(html, "Documents", preview.documents());
        html.append("</div></div>\n");
        if (!preview.descriptionHtml().isBlank()) {
            // description.html's markup: sanitized to the profile's tags without attributes, safe as it is
            html.append("<div class=\"description\">").append(preview.descriptionHtml()).append("</div>\n");
        }
        html.append("</div>\n");
    }

    private static void named(StringBuilder html, String title, List<StorePreview.Named> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h3>").append(title).append("</h3><ul>");
        for (StorePreview.Named item : items) {
            html.append("<li><span class=\"label\">").append(esc(item.label())).append("</span><span class=\"detail-of\">")
                    .append(esc(item.detail())).append("</span></li>");
        }
        html.append("</ul>");
    }

    static void logo(StringBuilder html, String dataUri, int size) {
        if (dataUri == null) {
            html.append("<div class=\"nologo\"></div>");
        } else {
            html.append("<img src=\"").append(dataUri).append("\" width=\"").append(size).append("\" height=\"")
                    .append(size).append("\" alt=\"\">");
        }
    }

    /**
     * The summary as the tile shows it: whole when within {@code limit} characters, else cut at the last space
     * before the limit (leaving room for the ellipsis) and ended with "…".
     */
    static String cut(String summary, int limit) {
        String text = summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= limit) {
            return text;
        }
        int end = text.lastIndexOf(' ', limit - 1);
        String kept = end > limit / 2 ? text.substring(0, end) : text.substring(0, limit - 1);
        return kept.replaceAll("[\\s,;:.–—-]+$", "") + "…";
    }

    static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
