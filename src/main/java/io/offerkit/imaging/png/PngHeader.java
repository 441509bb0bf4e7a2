package io.offerkit.imaging.png;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a PNG file that decoders hide: bit depth, colour type, interlacing, the chunks present and whether
 * their checksums hold. Read straight from the bytes, so {@code inspect} can say exactly why a file is refused.
 */
public record PngHeader(int width, int height, int bitDepth, int colorType, boolean interlaced,
                        List<String> chunks, List<String> crcErrors) {

    private static final int MAX_CHUNKS = 100_000;

    /** Parses the chunk list; null when the bytes do not start with a PNG signature and an IHDR chunk. */
    public static PngHeader parse(byte[] data) {
        if (!PngSignature.startsWith(data) || data.length < PngSignature.LENGTH + 8 + 13) {
            return null;
        }
        PngChunks in = new PngChunks(data);
        List<String> chunks = new ArrayList<>();
        List<String> crcErrors = new ArrayList<>();
        int width = 0;
        int height = 0;
        int bitDepth = 0;
        int colorType = 0;
        boolean interlaced = false;
        PngChunks.Chunk c;
        while (chunks.size() < MAX_CHUNKS && (c = in.next()) != null) {
            if (c.cutOff()) {
                crcErrors.add(c.type() + " (truncated)");
                chunks.add(c.type());
                break;
            }
            if (chunks.isEmpty()) {
                if (!c.type().equals("IHDR") || c.length() != 13) {
                    return null;
                }
                width = c.getInt(0);
                height = c.getInt(4);
                bitDepth = data[c.offset() + 8] & 0xFF;
                colorType = data[c.offset() + 9] & 0xFF;
                interlaced = data[c.offset() + 12] == 1;
            }
            if (!c.crcOk()) {
                crcErrors.add(c.type());
            }
            chunks.add(c.type());
            if (c.type().equals("IEND")) {
                break;
            }
        }
        return chunks.isEmpty() ? null : new PngHeader(width, height, bitDepth, colorType, interlaced,
                List.copyOf(chunks), List.copyOf(crcErrors));
    }

    public boolean complete() {
        return chunks.contains("IEND") && !crcErrors.stream().anyMatch(c -> c.endsWith("(truncated)"));
    }

    public String colorTypeName() {
        PngColourType type = PngColourType.of(colorType);
        return type == null ? "unknown colour type " + colorType : type.label();
    }
}
