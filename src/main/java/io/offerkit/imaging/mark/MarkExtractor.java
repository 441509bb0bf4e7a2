package io.offerkit.imaging.mark;

/**
 * Separates a logo's mark - the shape an outline icon is made of - from its background, or says why it cannot. On
 * transparency the mark is what is opaque; on a solid colour (found on the border) it is what stands apart from that
 * colour. A mark on a plate of its own (a white letter on a blue disc or tile, on transparency) is what stands apart
 * from the plate: the plate's outline alone would be a blank disc, not the app's mark. A photo or a busy picture has
 * no such mark, and is refused with a reason that asks for one rather than yielding a wrong icon.
 */
public final class MarkExtractor {
    /** More pieces than this standing apart is noise or a picture, not a mark (a long name in letters has ~30). */
    static final int MAX_PIECES = 150;
    /** A mark that covers more of the picture than this is the picture itself (a photo with a plain edge). */
    private static final double MAX_COVER = 0.9;
    /** The share of a plate that may stand apart from its colour and still be a mark on it, not a second plate. */
    private static final double MIN_ON_PLATE = 0.02;
    private static final double MAX_ON_PLATE = 0.6;

    private static final String ASK = " Give this slot a mark of its own: one shape in white (or in one colour) on a"
            + " transparent background.";

    private MarkExtractor() {
    }

    /** The mark of a logo: its opaque shape, what is on its plate, or what stands apart from its background. */
    public static MarkResult fromLogo(int[] argb, int width, int height) {
        return extract(argb, width, height, false);
    }

    /**
     * A mark the user supplied for the slot: taken as its shape only when it is one shape in one colour (any colour;
     * the icon is white anyway). A coloured mark is refused: turning its colours into one white shape would lose
     * what the user drew.
     */
    public static MarkResult fromSuppliedMark(int[] argb, int width, int height) {
        return extract(argb, width, height, true);
    }

    private static MarkResult extract(int[] argb, int width, int height, boolean supplied) {
        String subject = supplied ? "The image chosen for this slot" : "The logo";
        Border border = Border.of(argb, width, height);
        MarkMask mask;
        boolean apart = false;
        if (border.mostlyTransparent() || !border.uniform() && Coverage.transparentShare(argb) >= 0.02) {
            // A trimmed logo on transparency touches its edges, which then need not be one colour.
            mask = supplied ? Coverage.opaque(argb, width, height) : onPlateOrOpaque(argb, width, height);
        } else if (border.uniform()) {
            mask = Coverage.apartFrom(argb, width, height, border.colour(), false);
            apart = true;
        } else {
            return MarkResult.refused(subject + "'s mark cannot be told apart from its background: the background is"
                    + " neither transparent nor one colour (a photo or a busy picture)." + ASK);
        }
        int seen = Coverage.count(mask);
        if (seen < Math.max(4, width * height / 2000)) {
            return MarkResult.refused(subject + " has no mark that stands apart from its background ("
                    + mask.how() + ")." + ASK);
        }
        if (seen > MAX_COVER * width * height) {
            return MarkResult.refused(subject + " differs from its edge colour almost everywhere, so it has no mark"
                    + " to separate (a photo or a full picture)." + ASK);
        }
        if (apart && Texture.isPicture(argb, mask)) {
            return MarkResult.refused(subject + " on its plain edge is a picture (a photo's texture), not a mark of"
                    + " flat colours that could be one shape." + ASK);
        }
        int pieces = Pieces.count(mask, MAX_PIECES + 1);
        if (pieces > MAX_PIECES) {
            return MarkResult.refused(subject + " is too busy to make one mark of: more than " + MAX_PIECES
                    + " separate pieces stand apart from its background." + ASK);
        }
        if (supplied) {
            String colours = OneColour.problem(argb, mask);
            if (colours != null) {
                return MarkResult.refused("The mark chosen for this slot has more than one colour (" + colours
                        + "); the outline icon is one shape in white. Choose the mark in white, or in one colour, on"
                        + " a transparent background.");
            }
        }
        return MarkResult.of(mask);
    }

    /** The mark on a plate when the opaque shape is a one-colour plate with something on it; else the opaque shape. */
    private static MarkMask onPlateOrOpaque(int[] argb, int width, int height) {
        Integer plate = Coverage.rimColour(argb, width, height);
        if (plate != null) {
            MarkMask onPlate = Coverage.apartFrom(argb, width, height, plate, true);
            double share = (double) Coverage.count(onPlate) / Math.max(1, Coverage.count(Coverage.opaque(argb, width, height)));
            if (share >= MIN_ON_PLATE && share <= MAX_ON_PLATE) {
                return onPlate;
            }
        }
        return Coverage.opaque(argb, width, height);
    }
}
