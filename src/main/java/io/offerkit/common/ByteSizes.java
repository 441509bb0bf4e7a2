package io.offerkit.common;

import java.util.Locale;

/**
 * File sizes as people read them, the one formatter for every message: "812 bytes", "14.2 KB", "1.2 MB" (binary
 * units, one decimal, a dot whatever the locale). A caller with its own words for the units (the UI's message
 * bundle) takes the {@link Amount} and words it; limits are stated in whole units ("512 MB").
 */
public final class ByteSizes {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private ByteSizes() {
    }

    /** The unit a size is best read in. */
    public enum Unit {
        BYTES("bytes"), KILOBYTES("KB"), MEGABYTES("MB");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }
    }

    /** A size split into its number (as shown) and unit. */
    public record Amount(Unit unit, String number) {
        @Override
        public String toString() {
            return number + " " + unit.symbol;
        }
    }

    /** "812 bytes", "14.2 KB", "1.2 MB". */
    public static String text(long bytes) {
        return amount(bytes).toString();
    }

    public static Amount amount(long bytes) {
        if (bytes < KB) {
            return new Amount(Unit.BYTES, Long.toString(bytes));
        }
        if (bytes < MB) {
            return new Amount(Unit.KILOBYTES, oneDecimal(bytes / (double) KB));
        }
        return new Amount(Unit.MEGABYTES, oneDecimal(bytes / (double) MB));
    }

    /** A limit in whole megabytes, rounded down: "512 MB". */
    public static String wholeMegabytes(long bytes) {
        return bytes / MB + " " + Unit.MEGABYTES.symbol;
    }

    /** A limit in whole kilobytes, rounded down: "1024 KB". */
    public static String wholeKilobytes(long bytes) {
        return bytes / KB + " " + Unit.KILOBYTES.symbol;
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
