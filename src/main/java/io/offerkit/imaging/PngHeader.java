package io.offerkit.imaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The facts of a PNG file that decoders hide: bit depth, colour type, interlacing, the chunks present and whether
 * their checksums hold. Read straight from the bytes, so {@code inspect} can say exactly why a file is refused.
 */
public record PngHeader(int width, int height, int bitDepth, int colorType, boolean interlaced,
                        List<String> chunks, List<String> crcErrors) {

    public static final int GREY = 0;
    public static final int RGB = 2;
    public static final int PALETTE = 3;
    public static final int GREY_ALPHA = 4;
    public static final int RGBA = 6;
    private static final int SIGNATURE_LENGTH = 8;
    private static final int MAX_CHUNKS = 100_000;

    /** Parses the chunk list; null when the bytes do not start with a PNG signature and an IHDR chunk. */
    public static PngHeader parse(byte[] data) {
        if (!"PNG".equals(ImageFormats.sniff(data)) || data.length < SIGNATURE_LENGTH + 8 + 13) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        buf.position(SIGNATURE_LENGTH);
        List<String> chunks = new ArrayList<>();
        List<String> crcErrors = new ArrayList<>();
        int width = 0;
        int height = 0;
        int bitDepth = 0;
        int colorType = 0;
        boolean interlaced = false;
        while (buf.remaining() >= 12 && chunks.size() < MAX_CHUNKS) {
            int length = buf.getInt();
            byte[] type = new byte[4];
            buf.get(type);
            String name = new String(type, StandardCharsets.ISO_8859_1);
            if (length < 0 || length > buf.remaining() - 4) {
                crcErrors.add(name + " (truncated)");
                chunks.add(name);
                break;
            }
            int dataStart = buf.position();
            if (chunks.isEmpty()) {
                if (!name.equals("IHDR") || length != 13) {
                    return null;
                }
                width = buf.getInt(dataStart);
                height = buf.getInt(dataStart + 4);
                bitDepth = data[dataStart + 8] & 0xFF;
                colorType = data[dataStart + 9] & 0xFF;
                interlaced = data[dataStart + 12] == 1;
            }
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data, dataStart, length);
            buf.position(dataStart + length);
            if ((int) crc.getValue() != buf.getInt()) {
                crcErrors.add(name);
            }
            chunks.add(name);
            if (name.equals("IEND")) {
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
        return switch (colorType) {
            case GREY -> "grey";
            case RGB -> "RGB";
            case PALETTE -> "palette";
            case GREY_ALPHA -> "grey+alpha";
            case RGBA -> "RGBA";
            default -> "unknown colour type " + colorType;
        };
    }
}
