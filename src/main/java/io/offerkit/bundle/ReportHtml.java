package io.offerkit.bundle;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.profile.ChecklistGroup;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.RenderedDescription;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The bundle's human-readable report: what the offer is, every checklist item with its state, and the logos as they
 * were exported. A self-contained HTML page (styles inline, images relative to the bundle) that prints cleanly.
 */
final class ReportHtml {
    private static final String STYLE = """
            body{font:14px/1.45 "Segoe UI",system-ui,-apple-system,sans-serif;color:#1d2330;margin:32px auto;max-width:920px;padding:0 24px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #e3e6ec;padding-bottom:6px}
            .meta{color:#5b6475}.draft{display:inline-block;background:#b42318;color:#fff;border-radius:4px;padding:2px 10px;font-weight:600;margin-left:8px;font-size:13px}
            .ready{display:inline-block;background:#067647;color:#fff;border-radius:4px;padding:2px 10px;font-weight:600;margin-left:8px;font-size:13px}
            .counts span{margin-right:16px}.logos{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-end}
            figure{margin:0;padding:12px;border:1px solid #e3e6ec;border-radius:8px;text-align:center;
            background:repeating-conic-gradient(#f1f3f6 0% 25%,#fff 0% 50%) 50%/16px 16px}
            figcaption{font-size:12px;color:#5b6475;margin-top:6px}img{image-rendering:pixelated}
            table{border-collapse:collapse;width:100%}td{padding:7px 8px;border-bottom:1px solid #eef0f4;vertical-align:top}
            td.state{width:78px}.badge{display:inline-block;min-width:60px;text-align:center;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
            .pass{background:#dcfae6;color:#067647}.warn{background:#fef0c7;color:#93370d}.fail{background:#fee4e2;color:#b42318}.confirm{background:#e0eaff;color:#3538cd}
            .msg{color:#5b6475;font-size:13px}.description{border:1px solid #e3e6ec;border-radius:8px;padding:4px 16px}
            @media print{body{margin:0}figure{break-inside:avoid}tr{break-inside:avoid}}
            """;

    private ReportHtml() {
    }

    static String render(Project project, BundleBuilder.Context context, RenderedDescription description,
                         List<MediaFiles.Entry> media) {
        Profile profile = context.profile();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title(project))).append(" — OfferKit report</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(esc(title(project)))
                .append(context.draft() ? "<span class=\"draft\">DRAFT</span>" : "")
                .append(!context.draft() && context.report().ready() ? "<span class=\"ready\">Ready to submit</span>" : "")
                .append("</h1>\n");
        html.append("<p class=\"meta\">").append(esc(profile.title())).append(" · profile <code>").append(esc(profile.id()))
                .append("</code> · rules as of ").append(profile.sourceDate().map(Object::toString).orElse("?"))
                .append(" (verified ").append(profile.verifiedOn()).append(") · OfferKit ").append(esc(context.toolVersion()))
                .append("</p>\n");
        if (!project.summary().isBlank()) {
            html.append("<p>").append(esc(project.summary())).append("</p>\n");
        }
        counts(html, context.report().counts());
        logos(html, context);
        media(html, media);
        checklist(html, context);
        if (description != null && !description.html().isBlank()) {
            // Sanitized to the profile's tags without attributes, so it is safe to embed as it is.
            html.append("<h2>Description</h2>\n<div class=\"description\">").append(description.html()).append("</div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String title(Project project) {
        return project.appName().isBlank() ? "Untitled offer" : project.appName();
    }

    private static void counts(StringBuilder html, Map<CheckState, Integer> counts) {
        html.append("<p class=\"counts\">");
        for (CheckState state : CheckState.values()) {
            html.append("<span><span class=\"badge ").append(state.id()).append("\">").append(label(state))
                    .append("</span> ").append(counts.get(state)).append("</span>");
        }
        html.append("</p>\n");
    }

    private static void logos(StringBuilder html, BundleBuilder.Context context) {
        if (context.logos().all().isEmpty()) {
            return;
        }
        html.append("<h2>Logos</h2>\n<div class=\"logos\">");
        for (RenderedSlot slot : context.logos().all()) {
            int w = slot.image().getWidth();
            int h = slot.image().getHeight();
            html.append("<figure><img src=\"").append(BundleLayout.logo(slot.slotId())).append("\" width=\"").append(w)
                    .append("\" height=\"").append(h).append("\" alt=\"").append(esc(slot.slotId())).append("\">")
                    .append("<figcaption>").append(esc(slot.slotId())).append(" · ").append(w).append("x").append(h)
                    .append("</figcaption></figure>");
        }
        html.append("</div>\n");
    }

    /**
     * The screenshots and video thumbnails as a list of thumbnails with their captions (a video also with its
     * address). Styled inline, so a report without media stays byte for byte what it was.
     */
    private static void media(StringBuilder html, List<MediaFiles.Entry> media) {
        if (media.isEmpty()) {
            return;
        }
        html.append("<h2>Screenshots and videos</h2>\n<div class=\"logos media\">");
        for (MediaFiles.Entry entry : media) {
            html.append("<figure style=\"max-width:320px\">");
            if (entry.file() != null) {
                html.append("<img src=\"").append(esc(entry.file())).append("\" width=\"320\" alt=\"")
                        .append(esc(entry.caption())).append("\" style=\"image-rendering:auto;height:auto\">");
            } else if (entry.problem() != null) {
                html.append("<div class=\"msg\">").append(esc(entry.problem())).append("</div>");
            } else {
                html.append("<div class=\"msg\">No thumbnail yet</div>");
            }
            html.append("<figcaption>").append(esc(entry.caption().isBlank() ? "(no caption)" : entry.caption()));
            if (entry.address() != null) {
                html.append("<br>").append(esc(entry.address().isBlank() ? "(no address)" : entry.address()));
            }
            html.append("</figcaption></figure>");
        }
        html.append("</div>\n");
    }

    private static void checklist(StringBuilder html, BundleBuilder.Context context) {
        for (ChecklistGroup group : ChecklistGroup.values()) {
            var results = context.report().results().stream().filter(r -> r.item().group() == group).toList();
            if (results.isEmpty()) {
                continue;
            }
            html.append("<h2>").append(group.title()).append("</h2>\n<table>");
            for (CheckResult r : results) {
                html.append("<tr><td class=\"state\"><span class=\"badge ").append(r.state().id()).append("\">")
                        .append(label(r.state())).append("</span></td><td><strong>").append(esc(r.item().title()))
                        .append("</strong><div class=\"msg\">").append(esc(r.message())).append("</div>")
                        .append("<div class=\"msg\">Source: ").append(esc(String.valueOf(r.item().source())))
                        .append("</div></td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    private static String label(CheckState state) {
        return switch (state) {
            case PASS -> "Pass";
            case WARN -> "Warning";
            case FAIL -> "Fail";
            case CONFIRM -> "To confirm";
        };
    }

    private static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
