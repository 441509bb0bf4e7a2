package io.offerkit.imaging.png;

import io.offerkit.common.ByteSizes;
import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.source.ImagingException;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes every standard PNG (all colour types, bit depths 1-16, tRNS, Adam7 interlacing) straight to sRGB ARGB
 * ints. We decode PNG ourselves rather than through ImageIO because ImageIO's grey images go through a linear-grey
 * colour space (grey+alpha logos come out lighter), because the header must be checked against the pixel budget
 * before anything is inflated, and because a damaged file must produce a clear message. A large file can be
 * cancelled: the decoder checks its {@link ProgressMonitor} between slices of inflated data and after every row of
 * every pass, and reports its progress (the first half inflating, the second undoing the filters row by row).
 */
public final class PngDecoder {
    private static final int MAX_ICC_BYTES = 16 * 1024 * 1024;
    /** Inflated bytes between two cancellation checks: a few milliseconds of work. */
    private static final int INFLATE_SLICE = 1 << 20;

    /** What the file says about itself, plus its pixels. */
    /**
     * @param gamma the gAMA chunk's value (file gamma times 100000), or 0 when there is none
     * @param srgbChunk the file has an sRGB chunk, which overrides gAMA
     */
    public record Result(int width, int height, PngColourType colourType, int bitDepth, boolean interlaced, boolean hasTransparency,
                  byte[] iccProfile, int gamma, boolean srgbChunk, int[] argb) {
    }

    private PngDecoder() {
    }

    public static Result decode(byte[] data, String name, long maxPixels, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        PngChunks in = new PngChunks(data); // the signature was checked by the caller's sniffing
        PngChunks.Chunk ihdr = next(in, name);
        if (ihdr == null || !ihdr.type().equals("IHDR") || ihdr.length() != 13) {
            throw new ImagingException(name + " is damaged: a PNG must start with a 13-byte IHDR header.");
        }
        int width = ihdr.getInt(0);
        int height = ihdr.getInt(4);
        int bitDepth = data[ihdr.offset() + 8] & 0xFF;
        int colourCode = data[ihdr.offset() + 9] & 0xFF;
        PngColourType colourType = PngColourType.of(colourCode);
        int interlace = data[ihdr.offset() + 12] & 0xFF;
        if (width <= 0 || height <= 0) {
            throw new ImagingException(name + " is damaged: its header declares a size of " + Integer.toUnsignedString(width)
                    + "x" + Integer.toUnsignedString(height) + ".");
        }
        if ((long) width * height > maxPixels) {
            throw new ImagingException(name + " declares " + width + "x" + height + " pixels, more than OfferKit's"
                    + " budget of " + maxPixels + " pixels; it was not decoded.");
        }
        if (colourType == null || !colourType.allowsDepth(bitDepth) || data[ihdr.offset() + 10] != 0 || data[ihdr.offset() + 11] != 0
                || interlace > 1) {
            throw new ImagingException(name + " is damaged or not a standard PNG (colour type " + colourCode
                    + ", bit depth " + bitDepth + ").");
        }
        int channels = colourType.channels();
        int bitsPerPixel = channels * bitDepth;
        long expected = rawSize(width, height, bitsPerPixel, interlace == 1);
        if (expected > Integer.MAX_VALUE - 16) {
            throw new ImagingException(name + " is too large to decode (" + width + "x" + height + ").");
        }

        byte[] palette = null;
        byte[] trns = null;
        byte[] icc = null;
        int gamma = 0;
        boolean srgbChunk = false;
        byte[] raw = new byte[(int) expected];
        int inflated = 0;
        boolean sawIdat = false;
        boolean sawIend = false;
        Inflater inflater = new Inflater();
        try {
            PngChunks.Chunk c;
            while ((c = next(in, name)) != null) {
                switch (c.type()) {
                    case "PLTE" -> palette = c.bytes();
                    case "tRNS" -> trns = c.bytes();
                    case "iCCP" -> icc = iccProfile(c.bytes(), name);
                    case "sRGB" -> srgbChunk = true;
                    case "gAMA" -> gamma = c.length() == 4 ? Math.max(0, c.getInt(0)) : 0;
                    case "IDAT" -> {
                        sawIdat = true;
                        inflater.setInput(data, c.offset(), c.length());
                        while (!inflater.needsInput() && !inflater.finished() && inflated < raw.length) {
                            monitor.checkCancelled();
                            int n = inflater.inflate(raw, inflated, Math.min(INFLATE_SLICE, raw.length - inflated));
                            if (n == 0 && inflater.needsDictionary()) {
                                throw new DataFormatException("a preset dictionary is not allowed in PNG");
                            }
                            inflated += n;
                            monitor.progress(0.5 * inflated / raw.length);
                        }
                    }
                    case "IEND" -> sawIend = true;
                    default -> {
                        if (c.critical()) {
                            throw new ImagingException(name + " uses a critical PNG chunk OfferKit does not know ("
                                    + c.type() + ").");
                        }
                    }
                }
                if (sawIend) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw new ImagingException(name + " is damaged: its compressed pixel data is corrupt (" + e.getMessage()
                    + ").", e);
        } finally {
            inflater.end();
        }
        if (!sawIdat) {
            throw new ImagingException(name + " is damaged: it contains no pixel data (IDAT).");
        }
        if (inflated < raw.length) {
            throw new ImagingException(name + " is truncated: only " + (100L * inflated / raw.length)
                    + " % of its pixel data is present.");
        }
        if (colourType == PngColourType.PALETTE && palette == null) {
            throw new ImagingException(name + " is damaged: a palette image without a palette (PLTE).");
        }

        Samples samples = new Samples(colourType, bitDepth, palette, trns, name);
        int[] argb = new int[width * height];
        Rows rows = new Rows(monitor.slice(0.5, 1.0), interlace == 0 ? height : adam7Rows(width, height));
        if (interlace == 0) {
            unfilterAndStore(raw, 0, width, height, bitsPerPixel, samples, argb, width, 0, 0, 1, 1, rows);
        } else {
            int pos = 0;
            for (Adam7.Pass pass : Adam7.passes(width, height)) {
                unfilterAndStore(raw, pos, pass.width(), pass.height(), bitsPerPixel, samples, argb, width, pass.x0(),
                        pass.y0(), pass.dx(), pass.dy(), rows);
                pos += (int) pass.bytes(bitsPerPixel); // the whole stream fits an array: rawSize was checked
            }
        }
        boolean hasTransparency = colourType.hasAlphaChannel() || trns != null;
        return new Result(width, height, colourType, bitDepth, interlace == 1, hasTransparency, icc, gamma, srgbChunk,
                argb);
    }

    private static long rawSize(int width, int height, int bitsPerPixel, boolean interlaced) {
        if (!interlaced) {
            return (long) height * (1 + ((long) width * bitsPerPixel + 7) / 8);
        }
        return Adam7.passes(width, height).stream().mapToLong(pass -> pass.bytes(bitsPerPixel)).sum();
    }

    /** How many rows the seven Adam7 passes hold together (empty passes hold none). */
    private static long adam7Rows(int width, int height) {
        return Adam7.passes(width, height).stream().mapToLong(Adam7.Pass::height).sum();
    }

    /** Counts the rows done over all passes, reports them and checks for a cancel after each one. */
    private static final class Rows {
        private final ProgressMonitor monitor;
        private final long total;
        private long done;

        Rows(ProgressMonitor monitor, long total) {
            this.monitor = monitor;
            this.total = Math.max(1, total);
        }

        void rowDone() throws CancelledException {
            done++;
            monitor.progress((double) done / total);
            monitor.checkCancelled();
        }
    }

    /** Undoes the row filters of one (sub)image in place and stores its pixels at their place in the full image. */
    private static void unfilterAndStore(byte[] raw, int start, int w, int h, int bitsPerPixel, Samples samples,
                                         int[] argb, int fullWidth, int x0, int y0, int dx, int dy, Rows rows)
            throws ImagingException, CancelledException {
        int rowBytes = (w * bitsPerPixel + 7) / 8;
        int bpp = Math.max(1, bitsPerPixel / 8);
        for (int y = 0; y < h; y++) {
            int rowStart = start + y * (rowBytes + 1);
            int filter = raw[rowStart] & 0xFF;
            int cur = rowStart + 1;
            int prev = y == 0 ? -1 : cur - (rowBytes + 1);
            if (filter > 4) {
                throw new ImagingException(samples.name + " is damaged: unknown row filter " + filter + ".");
            }
            PngFilters.unfilter(raw, cur, prev, rowBytes, bpp, filter);
            int outRow = (y0 + y * dy) * fullWidth;
            if (!samples.storeRow(raw, cur, w, argb, outRow + x0, dx)) {
                for (int x = 0; x < w; x++) {
                    argb[outRow + x0 + x * dx] = samples.pixel(raw, cur, x);
                }
            }
            rows.rowDone(); // every row, the fast 8-bit ones too: progress, and the place a cancel is noticed
        }
    }

    private static byte[] iccProfile(byte[] chunk, String name) throws ImagingException {
        int nul = 0;
        while (nul < chunk.length && chunk[nul] != 0) {
            nul++;
        }
        if (nul + 2 > chunk.length) {
            return null; // a malformed optional chunk: ignore it as other decoders do
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(chunk, nul + 2, chunk.length - nul - 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                out.write(buffer, 0, n);
                if (out.size() > MAX_ICC_BYTES) {
                    throw new ImagingException(name + " embeds an ICC profile larger than "
                            + ByteSizes.wholeMegabytes(MAX_ICC_BYTES) + "; it was not decoded.");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null; // an unreadable profile: fall back to sRGB, which is what browsers do
        } finally {
            inflater.end();
        }
    }

    /** Turns the samples of one pixel into ARGB. */
    private static final class Samples {
        final PngColourType colourType;
        final int depth;
        final int[] paletteArgb;
        final String name;
        /** tRNS key for grey / RGB, in sample units; -1 when none. */
        final int keyGrey;
        final int keyR;
        final int keyG;
        final int keyB;

        Samples(PngColourType colourType, int depth, byte[] palette, byte[] trns, String name) {
            this.colourType = colourType;
            this.depth = depth;
            this.name = name;
            if (colourType == PngColourType.PALETTE) {
                paletteArgb = new int[palette.length / 3];
                for (int i = 0; i < paletteArgb.length; i++) {
                    int alpha = trns != null && i < trns.length ? trns[i] & 0xFF : 255;
                    paletteArgb[i] = alpha << 24 | (palette[i * 3] & 0xFF) << 16 | (palette[i * 3 + 1] & 0xFF) << 8
                            | (palette[i * 3 + 2] & 0xFF);
                }
            } else {
                paletteArgb = null;
            }
            keyGrey = colourType == PngColourType.GREY && trns != null && trns.length >= 2 ? u16(trns, 0) : -1;
            boolean rgbKey = colourType == PngColourType.RGB && trns != null && trns.length >= 6;
            keyR = rgbKey ? u16(trns, 0) : -1;
            keyG = rgbKey ? u16(trns, 2) : -1;
            keyB = rgbKey ? u16(trns, 4) : -1;
        }

        /**
         * Stores a row of 8-bit RGBA or RGB, by far the usual sources, in one plain loop; false for every other kind,
         * which goes pixel by pixel. A short run's code is C1's, which does not inline {@link #pixel}'s calls.
         */
        boolean storeRow(byte[] raw, int row, int w, int[] argb, int at, int step) {
            if (depth != 8 || (colourType != PngColourType.RGBA && colourType != PngColourType.RGB)) {
                return false;
            }
            if (colourType == PngColourType.RGBA) {
                for (int x = 0, i = row; x < w; x++, i += 4, at += step) {
                    argb[at] = (raw[i + 3] & 0xFF) << 24 | (raw[i] & 0xFF) << 16 | (raw[i + 1] & 0xFF) << 8
                            | (raw[i + 2] & 0xFF);
                }
                return true;
            }
            for (int x = 0, i = row; x < w; x++, i += 3, at += step) {
                int r = raw[i] & 0xFF;
                int g = raw[i + 1] & 0xFF;
                int b = raw[i + 2] & 0xFF;
                argb[at] = (r == keyR && g == keyG && b == keyB ? 0 : 0xFF000000) | r << 16 | g << 8 | b;
            }
            return true;
        }

        int pixel(byte[] raw, int row, int x) throws ImagingException {
            switch (colourType) {
                case GREY -> {
                    int v = sample(raw, row, x);
                    int g = to8(v);
                    return (v == keyGrey ? 0 : 0xFF000000) | g << 16 | g << 8 | g;
                }
                case PALETTE -> {
                    int index = sample(raw, row, x);
                    if (index >= paletteArgb.length) {
                        throw new ImagingException(name + " is damaged: a pixel uses palette entry " + index
                                + " of " + paletteArgb.length + ".");
                    }
                    return paletteArgb[index];
                }
                case GREY_ALPHA -> {
                    int g = to8(sample(raw, row, x * 2));
                    return to8(sample(raw, row, x * 2 + 1)) << 24 | g << 16 | g << 8 | g;
                }
                case RGB -> {
                    int r = sample(raw, row, x * 3);
                    int g = sample(raw, row, x * 3 + 1);
                    int b = sample(raw, row, x * 3 + 2);
                    int alpha = r == keyR && g == keyG && b == keyB ? 0 : 0xFF000000;
                    return alpha | to8(r) << 16 | to8(g) << 8 | to8(b);
                }
                default -> {
                    return to8(sample(raw, row, x * 4 + 3)) << 24 | to8(sample(raw, row, x * 4)) << 16
                            | to8(sample(raw, row, x * 4 + 1)) << 8 | to8(sample(raw, row, x * 4 + 2));
                }
            }
        }

        /** Sample number {@code i} of a row, at the file's bit depth. */
        private int sample(byte[] raw, int row, int i) {
            return switch (depth) {
                case 8 -> raw[row + i] & 0xFF;
                case 16 -> u16(raw, row + i * 2);
                default -> {
                    int perByte = 8 / depth;
                    int shift = 8 - depth * (i % perByte + 1);
                    yield (raw[row + i / perByte] >> shift) & ((1 << depth) - 1);
                }
            };
        }

        /** Rounds a sample of any depth to 8 bits (16-bit values are rounded, not truncated). */
        private int to8(int v) {
            return switch (depth) {
                case 8 -> v;
                case 16 -> (v * 255 + 32767) / 65535;
                default -> v * 255 / ((1 << depth) - 1);
            };
        }

        private static int u16(byte[] b, int at) {
            return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
        }
    }

    /** The next chunk, refusing a damaged one: a PNG whose chunks do not hold is not decoded. */
    private static PngChunks.Chunk next(PngChunks in, String name) throws ImagingException {
        PngChunks.Chunk c = in.next();
        if (c == null) {
            if (!in.atEnd()) {
                throw new ImagingException(name + " is truncated: it ends in the middle of a PNG chunk.");
            }
            return null;
        }
        if (!c.validType()) {
            throw new ImagingException(name + " is damaged: it contains an invalid PNG chunk.");
        }
        if (c.cutOff()) {
            throw new ImagingException(name + " is truncated: its " + c.type() + " chunk is cut off.");
        }
        if (!c.crcOk() && c.critical()) {
            throw new ImagingException(name + " is damaged: the checksum of its " + c.type() + " chunk does not match.");
        }
        return c;
    }
}
