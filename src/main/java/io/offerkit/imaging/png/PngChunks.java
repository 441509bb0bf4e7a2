package io.offerkit.imaging.png;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Walks the chunks of a PNG after its signature, saying of each where its data lies and whether its name, length and
 * checksum hold. It judges nothing: the decoder refuses a damaged chunk, the inspection lists it.
 */
final class PngChunks {
    private final byte[] data;
    private int pos = PngSignature.LENGTH;

    PngChunks(byte[] data) {
        this.data = data;
    }

    /**
     * One chunk: its data is {@code length} bytes from {@code offset} (a cut-off chunk's are what the file still
     * holds of them).
     *
     * @param cutOff the file ends before the chunk's declared data and checksum do
     */
    record Chunk(String type, int offset, int length, boolean cutOff, boolean crcOk, byte[] data) {
        /** A name of four ASCII letters, as the specification requires. */
        boolean validType() {
            return type.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
        }

        /** A chunk a reader must understand (its name starts with a capital letter). */
        boolean critical() {
            return Character.isUpperCase(type.charAt(0));
        }

        int getInt(int at) {
            return PngChunks.getInt(data, offset + at);
        }

        byte[] bytes() {
            return Arrays.copyOfRange(data, offset, offset + length);
        }
    }

    /** Whether every byte was walked: false when the data ends in the middle of a chunk's first 12 bytes. */
    boolean atEnd() {
        return pos == data.length;
    }

    /** The next chunk; null when fewer than the 12 bytes of a chunk's frame are left. After a cut-off one, null. */
    Chunk next() {
        if (data.length - pos < 12) {
            return null;
        }
        long length = getInt(data, pos) & 0xFFFFFFFFL;
        String type = new String(data, pos + 4, 4, StandardCharsets.ISO_8859_1);
        int offset = pos + 8;
        if (length > data.length - pos - 12L) {
            int held = (int) Math.min(length, data.length - offset);
            pos = data.length;
            return new Chunk(type, offset, held, true, false, data);
        }
        CRC32 crc = new CRC32();
        crc.update(data, pos + 4, 4 + (int) length);
        boolean crcOk = (int) crc.getValue() == getInt(data, offset + (int) length);
        pos = offset + (int) length + 4;
        return new Chunk(type, offset, (int) length, false, crcOk, data);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
