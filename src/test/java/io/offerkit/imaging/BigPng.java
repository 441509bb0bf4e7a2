package io.offerkit.imaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Large PNGs for tests of slow loads, written row by row in one IDAT chunk (the worst case for a decoder that would
 * only look for a cancel between chunks) without holding the raw image in memory.
 */
public final class BigPng {
    private BigPng() {
    }

    /** A plain RGB PNG written row by row (Sub filter, fastest deflate), with a gradient and some texture. */
    public static byte[] rgb(int w, int h) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream(Math.min(w * h, 48 << 20));
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(file, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream(Math.min(w * h, 48 << 20));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + w * 3];
            byte[] filtered = new byte[row.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = 1 + x * 3;
                    row[i] = (byte) (x * 255 / w);
                    row[i + 1] = (byte) (y * 255 / h);
                    row[i + 2] = (byte) ((x ^ y) & 0x3F);
                }
                filtered[0] = 1; // Sub
                for (int i = 1; i < row.length; i++) {
                    filtered[i] = (byte) (row[i] - (i > 3 ? row[i - 3] : 0));
                }
                z.write(filtered);
            }
        } finally {
            deflater.end();
        }
        chunk(file, "IDAT", idat.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
