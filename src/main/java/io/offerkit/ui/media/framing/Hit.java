package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;

/**
 * What lies under the pointer in the editor: the part a press there would take hold of.
 *
 * @param index  the redaction's index for {@link Part#REDACTION} and {@link Part#REDACTION_CORNER}, else -1
 * @param corner the corner for {@link Part#CROP_CORNER} and {@link Part#REDACTION_CORNER}, else null
 */
record Hit(Part part, int index, Crop.Corner corner) {
    static final Hit NONE = new Hit(Part.NONE, -1, null);

    enum Part {
        /** Nothing to hold: a press there clears the selection. */
        NONE,
        /** The redaction tool is on and the pointer is on the capture: a drag draws a new rectangle. */
        DRAW,
        CROP,
        CROP_CORNER,
        REDACTION,
        REDACTION_CORNER,
        /** Cover without a crop: a press places the focus point there. */
        FOCUS
    }

    static Hit of(Part part) {
        return new Hit(part, -1, null);
    }
}
