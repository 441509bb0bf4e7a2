package io.offerkit.imaging.decode;

import io.offerkit.imaging.png.PngSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Recognises an image container by its content (magic bytes, or an SVG root element), never by its name. */
public final class ImageFormats {
    /** The formats OfferKit reads, as told to users. */
    public static final String SUPPORTED = "PNG, JPEG, GIF, BMP, TIFF, ICO, PSD, SVG";

    /**
     * File-name patterns for choosers, lower and upper case (some platforms' choosers match case): a hint for the
     * user only, as files are recognised by their content.
     */
    public static final List<String> FILE_PATTERNS = Stream.of("png", "jpg", "jpeg", "gif",
                    "bmp", "tif", "tiff", "ico", "psd", "svg", "svgz")
            .flatMap(e -> Stream.of("*." + e, "*." + e.toUpperCase(Locale.ROOT))).toList();

    /** How many leading bytes {@link #sniff} may look at: an SVG root can follow a long comment or DOCTYPE. */
    public static final int SNIFF_BYTES = 8192;

    private ImageFormats() {
    }

    /** The format name, or null when the bytes are not an image we know. */
    public static String sniff(byte[] d) {
        if (PngSignature.startsWith(d)) {
            return "PNG";
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(d, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(d, 'B', 'M')) {
            return "BMP";
        }
        if (starts(d, 'I', 'I', 42, 0) || starts(d, 'M', 'M', 0, 42)) {
            return "TIFF";
        }
        if (starts(d, '8', 'B', 'P', 'S')) {
            return "PSD";
        }
        // ICO type 1, CUR type 2: four fixed bytes only, so also require a plausible entry count.
        if ((starts(d, 0, 0, 1, 0) || starts(d, 0, 0, 2, 0)) && d.length >= 6 && (d[4] != 0 || d[5] != 0)) {
            return "ICO";
        }
        if (isSvg(d) || isSvgz(d)) {
            return "SVG";
        }
        return null;
    }

    /**
     * An SVG is XML whose root element is {@code svg}: skip an optional BOM, whitespace, the XML declaration,
     * comments, processing instructions and a DOCTYPE, then expect {@code <svg} (or a prefixed {@code <x:svg}).
     */
    static boolean isSvg(byte[] d) {
        String text = new String(d, 0, Math.min(d.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i + 4, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                i = afterDoctype(text, i);
            } else {
                break;
            }
            if (i < 0) {
                return false;
            }
        }
        if (!text.startsWith("<", i)) {
            return false;
        }
        int nameEnd = i + 1;
        while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd))
                && text.charAt(nameEnd) != '>' && text.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        String element = text.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
        return nameEnd < text.length() && (element.equals("svg") || element.endsWith(":svg"));
    }

    /** A gzip-compressed SVG (.svgz): only the first inflated bytes are looked at. */
    private static boolean isSvgz(byte[] d) {
        if (!Gzip.isGzip(d)) {
            return false;
        }
        try {
            return isSvg(Gzip.inflate(d, SNIFF_BYTES, false));
        } catch (IOException e) {
            return false; // a truncated stream can still show its start; a corrupt one is not an SVG
        }
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** A DOCTYPE may hold an internal subset in brackets, itself containing '>' characters. */
    private static int afterDoctype(String text, int from) {
        int bracket = text.indexOf('[', from);
        int close = text.indexOf('>', from);
        if (bracket >= 0 && (close < 0 || bracket < close)) {
            int end = text.indexOf(']', bracket);
            return end < 0 ? -1 : after(text, end, ">");
        }
        return close < 0 ? -1 : close + 1;
    }

    private static boolean starts(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
