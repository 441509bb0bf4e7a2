package io.offerkit.project;

/** Where a contained logo sits in its slot when the shapes differ. */
public enum Alignment {
    CENTER(0.5, 0.5),
    LEFT(0.0, 0.5),
    RIGHT(1.0, 0.5),
    TOP(0.5, 0.0),
    BOTTOM(0.5, 1.0);

    private final double x;
    private final double y;

    Alignment(double x, double y) {
        this.x = x;
        this.y = y;
    }

    /** Horizontal position of the logo in the free space, 0 = left, 1 = right. */
    public double x() {
        return x;
    }

    /** Vertical position of the logo in the free space, 0 = top, 1 = bottom. */
    public double y() {
        return y;
    }
}
