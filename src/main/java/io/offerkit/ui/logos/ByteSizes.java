package io.offerkit.ui.logos;

import io.offerkit.ui.fx.Messages;
import java.util.Locale;

/** File sizes as people read them: "812 bytes", "14.2 KB". */
final class ByteSizes {
    private ByteSizes() {
    }

    static String text(long bytes) {
        if (bytes < 1024) {
            return Messages.format("logos.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.format("logos.kilobytes", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return Messages.format("logos.megabytes", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }
}
