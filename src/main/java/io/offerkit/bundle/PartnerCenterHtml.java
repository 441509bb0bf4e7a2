package io.offerkit.bundle;

import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The bundle's {@code partner-center.html}: the fill sheet as one printable, self-contained page (styles inline,
 * images relative to the bundle, no script), page by page and field by field in the form's order. Each value is a
 * block that one click selects whole ({@code user-select: all}), so the user clicks, copies and pastes into the form;
 * the files to upload stand beside their field. Every value is user text and escaped.
 */
final class PartnerCenterHtml {
    private static final String STYLE = """
            body{font:14px/1.45 "Segoe UI",system-ui,-apple-system,sans-serif;color:#1d2330;margin:32px auto;max-width:920px;padding:0 24px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:30px 0 8px;border-bottom:2px solid #1d2330;padding-bottom:4px}
            .meta,.hint{color:#5b6475}.field{border-bottom:1px solid #e3e6ec;padding:10px 0;break-inside:avoid}
            .label{font-weight:600}.limit{color:#5b6475;font-size:12px;margin-left:8px}
            .value{user-select:all;-webkit-user-select:all;cursor:copy;white-space:pre-wrap;word-break:break-word;
            font:13px/1.4 ui-monospace,Consolas,monospace;background:#f4f6f9;border:1px solid #d5dae2;border-radius:6px;padding:6px 10px;margin:6px 0}
            .value:hover{border-color:#3538cd}.files{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0}
            .file{border:1px solid #e3e6ec;border-radius:6px;padding:6px;font:12px ui-monospace,Consolas,monospace;text-align:center}
            .file img{display:block;max-width:160px;max-height:90px;margin:0 auto 4px;
            background:repeating-conic-gradient(#f1f3f6 0% 25%,#fff 0% 50%) 50%/12px 12px}
            .badge{display:inline-block;min-width:60px;text-align:center;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;float:right}
            .ok{background:#dcfae6;color:#067647}.warn,.confirm{background:#fef0c7;color:#93370d}
            .fail,.over-limit,.missing{background:#fee4e2;color:#b42318}.empty,.reminder{background:#eef0f4;color:#5b6475}
            .pair{display:flex;gap:12px;align-items:center;margin:6px 0;break-inside:avoid}.pair .values{flex:1}.pair .file{width:260px;flex:none;word-break:break-all}
            .msg{color:#5b6475;font-size:13px}.reminded{font-style:italic}
            @media print{body{margin:0;max-width:none}.value{border-color:#999}h2{break-after:avoid}}
            """;

    private PartnerCenterHtml() {
    }

    static String render(Project project, Profile profile, FillSheet sheet) {
        String name = project.appName().isBlank() ? "Untitled offer" : project.appName();
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(name)).append(" — Partner Center fill sheet</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(esc(name)).append("</h1>\n")
                .append("<p class=\"meta\">Fill sheet for ").append(esc(profile.title())).append(" · profile <code>")
                .append(esc(profile.id())).append("</code> · the form's pages and fields in the form's order</p>\n")
                .append("<p class=\"hint\">Click a grey box to select all of it, copy it and paste it into the field of the same name."
                        + " Files are in this bundle's folders, named beside their field.</p>\n");
        String page = null;
        int number = 0;
        for (FillSheet.Row row : sheet.rows()) {
            if (!row.page().equals(page)) {
                page = row.page();
                html.append("<h2>").append(++number).append(". ").append(esc(page)).append("</h2>\n");
            }
            field(html, row);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void field(StringBuilder html, FillSheet.Row row) {
        html.append("<div class=\"field\"><span class=\"badge ").append(row.state()).append("\">")
                .append(esc(label(row.state()))).append("</span><span class=\"label\">").append(esc(row.field()))
                .append("</span>");
        if (row.limit() != null) {
            html.append("<span class=\"limit\">").append(esc(row.limit())).append("</span>");
        }
        html.append("\n");
        int perFile = row.files().isEmpty() ? 0 : row.values().size() / row.files().size();
        if (perFile > 0 && perFile * row.files().size() == row.values().size()) {
            // a screenshot with its caption, a video's thumbnail with its name and address: together, so nothing has
            // to be matched by eye
            for (int i = 0; i < row.files().size(); i++) {
                html.append("<div class=\"pair\">");
                file(html, row.files().get(i));
                html.append("<div class=\"values\">");
                for (String value : row.values().subList(i * perFile, (i + 1) * perFile)) {
                    html.append("<div class=\"value\">").append(esc(value)).append("</div>");
                }
                html.append("</div></div>\n");
            }
        } else {
            values(html, row);
        }
        message(html, row);
        html.append("</div>\n");
    }

    private static void values(StringBuilder html, FillSheet.Row row) {
        for (String value : row.values()) {
            html.append("<div class=\"value\">").append(esc(value)).append("</div>\n");
        }
        if (!row.files().isEmpty()) {
            html.append("<div class=\"files\">");
            row.files().forEach(file -> file(html, file));
            html.append("</div>\n");
        }
    }

    private static void file(StringBuilder html, String file) {
        html.append("<div class=\"file\">");
        if (file.toLowerCase(Locale.ROOT).endsWith(".png")) {
            html.append("<img src=\"").append(esc(file)).append("\" alt=\"\">");
        }
        html.append(esc(file)).append("</div>");
    }

    private static void message(StringBuilder html, FillSheet.Row row) {
        if (row.message() != null && !row.message().isBlank()) {
            html.append("<div class=\"msg").append(row.state().equals("reminder") ? " reminded" : "").append("\">")
                    .append(esc(row.message())).append("</div>\n");
        }
    }

    private static String label(String state) {
        return switch (state) {
            case "ok" -> "Ready";
            case "over-limit" -> "Over limit";
            case "reminder" -> "Not in OfferKit";
            default -> state.substring(0, 1).toUpperCase(Locale.ROOT) + state.substring(1);
        };
    }

    private static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
