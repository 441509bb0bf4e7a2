package io.offerkit.ui.documents;

import java.awt.image.BufferedImage;

/** What the preview panel shows for one document: the first page of a PDF, the text of others, or why not. */
public record PreviewContent(String title, BufferedImage page, String text, String error) {

    static PreviewContent page(String title, BufferedImage page) {
        return new PreviewContent(title, page, null, null);
    }

    static PreviewContent text(String title, String text) {
        return new PreviewContent(title, null, text, null);
    }

    static PreviewContent failed(String title, String error) {
        return new PreviewContent(title, null, null, error);
    }
}
