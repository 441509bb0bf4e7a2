package io.offerkit.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Test-side PNG plumbing: list a file's chunks, and write PNGs of any colour type sample by sample. */
public final class PngFiles {
    public record Chunk(String type, byte[] data, boolean crcOk) {
    }

    private PngFiles() {
    }

    public static List<Chunk> chunks(byte[] png) {
        List<Chunk> chunks = new ArrayList<>();
        int pos = 8;
        while (pos + 12 <= png.length) {
            int length = readInt(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            byte[] data = Arrays.copyOfRange(png, pos + 8, pos + 8 + length);
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + length);
            chunks.add(new Chunk(type, data, (int) crc.getValue() == readInt(png, pos + 8 + length)));
            pos += 12 + length;
        }
        return chunks;
    }

    /**
     * A PNG from samples: {@code samples[y][x]} holds one pixel's channel values at {@code depth} bits.
     * Interlaced files are written in Adam7 order.
     */
    static byte[] write(int colourType, int depth, int[][][] samples, byte[] plte, byte[] trns, byte[] iccp,
                        boolean interlaced) {
        int h = samples.length;
        int w = samples[0].length;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        if (interlaced) {
            int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2},
                {0, 1, 1, 2}};
            for (int[] p : passes) {
                for (int y = p[1]; y < h; y += p[3]) {
                    List<int[]> row = new ArrayList<>();
                    for (int x = p[0]; x < w; x += p[2]) {
                        row.add(samples[y][x]);
                    }
                    if (!row.isEmpty()) {
                        writeRow(raw, row, depth);
                    }
                }
            }
        } else {
            for (int[][] line : samples) {
                writeRow(raw, List.of(line), depth);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = (byte) depth;
        ihdr[9] = (byte) colourType;
        ihdr[12] = (byte) (interlaced ? 1 : 0);
        chunk(out, "IHDR", ihdr);
        if (iccp != null) {
            chunk(out, "iCCP", iccp);
        }
        if (plte != null) {
            chunk(out, "PLTE", plte);
        }
        if (trns != null) {
            chunk(out, "tRNS", trns);
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buf = new byte[raw.size() + 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] headerOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = 6;
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C}); // the start of a zlib stream, then nothing
        return out.toByteArray();
    }

    static byte[] compressedIcc(byte[] profile) {
        Deflater deflater = new Deflater();
        deflater.setInput(profile);
        deflater.finish();
        byte[] buf = new byte[profile.length + 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("test profile".getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
        out.write(0);
        out.write(buf, 0, n);
        return out.toByteArray();
    }

    private static void writeRow(ByteArrayOutputStream raw, List<int[]> pixels, int depth) {
        raw.write(0); // filter: none
        int acc = 0;
        int bits = 0;
        for (int[] px : pixels) {
            for (int v : px) {
                if (depth == 16) {
                    raw.write(v >>> 8);
                    raw.write(v & 0xFF);
                } else if (depth == 8) {
                    raw.write(v);
                } else {
                    acc = acc << depth | v;
                    bits += depth;
                    if (bits == 8) {
                        raw.write(acc);
                        acc = 0;
                        bits = 0;
                    }
                }
            }
        }
        if (bits > 0) {
            raw.write(acc << (8 - bits));
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
