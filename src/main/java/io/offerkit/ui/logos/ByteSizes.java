package io.offerkit.ui.logos;

import java.util.Locale;

/** File sizes as people read them: "812 bytes", "14.2 KB". */
final class ByteSizes {
    private ByteSizes() {
    }

    static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
