package io.offerkit.imaging.mark;

/** A mark that could be separated, or the reason it could not (in words for the user, asking for a mark). */
public record MarkResult(MarkMask mask, String reason) {
    public MarkResult {
        if ((mask == null) == (reason == null)) {
            throw new IllegalArgumentException("either a mask or a reason");
        }
    }

    static MarkResult of(MarkMask mask) {
        return new MarkResult(mask, null);
    }

    static MarkResult refused(String reason) {
        return new MarkResult(null, reason);
    }

    public boolean separated() {
        return mask != null;
    }
}
