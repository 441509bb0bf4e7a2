package io.offerkit.ui.prefs;

import java.util.List;

/** Where the main window was and how big, as last closed; {@code maximized} restores a maximized window as such. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /**
     * Whether these bounds put a usable part of the window on one of the given screens (each {x, y, width, height}):
     * at least 100 x 60 pixels of its top must be visible, so the title bar can be grabbed.
     */
    public boolean visibleOn(List<double[]> screens) {
        for (double[] s : screens) {
            double left = Math.max(x, s[0]);
            double right = Math.min(x + width, s[0] + s[2]);
            double top = Math.max(y, s[1]);
            double bottom = Math.min(y + 60, s[1] + s[3]);
            if (right - left >= 100 && bottom - top >= 60) {
                return true;
            }
        }
        return false;
    }
}
