package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop.Corner;

/** Where a corner of a rectangle is, for the crop's handles and a redaction's alike. */
final class Corners {
    private Corners() {
    }

    static boolean left(Corner corner) {
        return corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT;
    }

    static boolean top(Corner corner) {
        return corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT;
    }

    static double x(Corner corner, double x, double width) {
        return left(corner) ? x : x + width;
    }

    static double y(Corner corner, double y, double height) {
        return top(corner) ? y : y + height;
    }

    /** The corner of the rectangle (view pixels) within {@code reach} of the point, or null. */
    static Corner near(double x, double y, double width, double height, double px, double py, double reach) {
        for (Corner corner : Corner.values()) {
            if (Math.abs(px - x(corner, x, width)) <= reach && Math.abs(py - y(corner, y, height)) <= reach) {
                return corner;
            }
        }
        return null;
    }

    static boolean inside(double x, double y, double width, double height, double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }
}
