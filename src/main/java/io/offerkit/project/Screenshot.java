package io.offerkit.project;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One listing screenshot: the capture it is made from, its caption, how the capture is framed, and the rectangles
 * burnt out of it before it is published.
 *
 * @param source     the capture's file (absolute in memory, relative to the project file on disk)
 * @param caption    the caption shown under it in the listing, as typed ("" when none yet)
 * @param redactions in the capture's pixels, in the order drawn
 */
public record Screenshot(String source, String caption, Framing framing, List<Redaction> redactions) {

    public Screenshot {
        caption = caption == null ? "" : caption;
        framing = framing == null ? Framing.defaults() : framing;
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    /** A new screenshot of a capture: no caption yet, the whole capture contained, nothing redacted. */
    public static Screenshot of(String source) {
        return new Screenshot(source, "", Framing.defaults(), List.of());
    }

    public Screenshot withSource(String value) {
        return new Screenshot(value, caption, framing, redactions);
    }

    public Screenshot withCaption(String value) {
        return new Screenshot(source, value, framing, redactions);
    }

    public Screenshot withFraming(Framing value) {
        return new Screenshot(source, caption, value, redactions);
    }

    public Screenshot withRedactions(List<Redaction> value) {
        return new Screenshot(source, caption, framing, value);
    }

    Screenshot mapPath(UnaryOperator<String> mapping) {
        return withSource(source == null ? null : mapping.apply(source));
    }
}
