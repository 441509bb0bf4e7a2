package io.offerkit.bundle;

import static io.offerkit.bundle.StorePreviewHtml.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * The detail page's media carousel: the videos first, then the screenshots (the store's order), each in a frame of
 * the width the store shows them, side by side in a row that scrolls and snaps without a script, with a strip of
 * small copies below (each image inlined once, as a style the slide and its copy share). A screenshot the checklist found upscaled carries its warning, on the slide and marked in the
 * strip; no other does.
 */
final class StorePreviewMedia {
    private StorePreviewMedia() {
    }

    static void carousel(StringBuilder html, StorePreview preview) {
        int total = preview.clips().size() + preview.shots().size();
        if (total == 0) {
            html.append("<div class=\"carousel\"><figure class=\"slide\"><div class=\"frame\"><span class=\"none\">"
                    + "No screenshots or videos yet</span></div></figure></div>\n");
            return;
        }
        html.append("<div class=\"carousel\">");
        int number = 0;
        for (StorePreview.Clip clip : preview.clips()) {
            html.append("<figure class=\"slide video\"><div class=\"frame\">");
            image(html, clip.image(), number, "No thumbnail yet");
            html.append("<span class=\"play\"></span></div><figcaption><span class=\"count\">").append(++number)
                    .append(" / ").append(total).append("</span>").append(esc(clip.name().isBlank() ? "(no name)" : clip.name()));
            if (!clip.host().isBlank()) {
                html.append(" · ").append(esc(clip.host()));
            }
            html.append("</figcaption></figure>");
        }
        for (StorePreview.Shot shot : preview.shots()) {
            html.append("<figure class=\"slide shot\"><div class=\"frame\">");
            image(html, shot.image(), number, "This screenshot could not be made");
            if (shot.warning() != null) {
                // over the image, so every slide keeps the frame's height
                html.append("<span class=\"badge\">⚠ Upscaled or reshaped</span><div class=\"warning\">")
                        .append(esc(shot.warning())).append("</div>");
            }
            html.append("</div><figcaption><span class=\"count\">").append(++number).append(" / ").append(total)
                    .append("</span>").append(esc(shot.caption().isBlank() ? "(no caption)" : shot.caption()))
                    .append("</figcaption></figure>");
        }
        html.append("</div>\n");
        strip(html, preview);
        flagged(html, preview);
    }

    /** The slides that carry a warning, named under the strip: the carousel shows one slide at a time. */
    private static void flagged(StringBuilder html, StorePreview preview) {
        List<String> slides = new ArrayList<>();
        for (int i = 0; i < preview.shots().size(); i++) {
            if (preview.shots().get(i).warning() != null) {
                slides.add(String.valueOf(preview.clips().size() + i + 1));
            }
        }
        if (!slides.isEmpty()) {
            html.append("<p class=\"flagged\">⚠ ").append(slides.size() == 1 ? "Slide " : "Slides ")
                    .append(String.join(", ", slides)).append(slides.size() == 1 ? " needs" : " need")
                    .append(" a look before you submit: the checklist says the screenshot is upscaled or far from the"
                            + " store's shape (its warning is on the slide).</p>\n");
        }
    }

    /**
     * The images once, as classes the slides and the strip share ({@code .m1}, {@code .m2}...): a data URI is
     * inlined once however often the page shows it. Numbered as the slides are.
     */
    static void imageStyles(StringBuilder html, StorePreview preview) {
        int number = 0;
        for (StorePreview.Clip clip : preview.clips()) {
            imageStyle(html, ++number, clip.image());
        }
        for (StorePreview.Shot shot : preview.shots()) {
            imageStyle(html, ++number, shot.image());
        }
    }

    private static void imageStyle(StringBuilder html, int number, String image) {
        if (image != null) {
            html.append(".m").append(number).append("{background-image:url(\"").append(image).append("\")}\n");
        }
    }

    /** A small copy of every slide, in order; a flagged screenshot's copy is marked. */
    private static void strip(StringBuilder html, StorePreview preview) {
        html.append("<div class=\"thumbs\">");
        int number = 0;
        for (StorePreview.Clip clip : preview.clips()) {
            html.append("<span class=\"pic m").append(++number).append("\"><i class=\"mini-play\"></i></span>");
        }
        for (StorePreview.Shot shot : preview.shots()) {
            html.append("<span class=\"pic m").append(++number).append(shot.warning() != null ? " marked\"><i>⚠</i>" : "\">")
                    .append("</span>");
        }
        html.append("</div>\n");
    }

    /** The slide's image (the number's class), or why there is none. */
    private static void image(StringBuilder html, String image, int number, String none) {
        if (image == null) {
            html.append("<span class=\"none\">").append(none).append("</span>");
        } else {
            html.append("<div class=\"pic m").append(number + 1).append("\" role=\"img\"></div>");
        }
    }
}
