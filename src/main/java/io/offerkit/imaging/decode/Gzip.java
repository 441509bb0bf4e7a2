package io.offerkit.imaging.decode;

import io.offerkit.common.ByteSizes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Bounded gunzip for .svgz: a few kilobytes can inflate to gigabytes, so the output is capped. */
final class Gzip {
    /** A compressed SVG logo larger than this once inflated is not a logo. */
    static final int MAX_INFLATED = 32 * 1024 * 1024;

    private Gzip() {
    }

    static boolean isGzip(byte[] d) {
        return d.length >= 3 && (d[0] & 0xFF) == 0x1F && (d[1] & 0xFF) == 0x8B && d[2] == 8;
    }

    /**
     * Up to {@code limit} inflated bytes.
     *
     * @param strict false when sniffing: a stream cut short (only a file's first bytes were read) or longer than the
     *               limit gives what was inflated so far
     * @throws IOException when the data is not valid gzip, or (strict) is cut short or inflates past the limit
     */
    static byte[] inflate(byte[] data, int limit, boolean strict) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > limit) {
                    if (strict) {
                        throw new IOException("it inflates to more than " + ByteSizes.wholeMegabytes(limit));
                    }
                    out.write(buffer, 0, limit - out.size());
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            if (strict) {
                throw new IOException("it is truncated", e);
            }
        }
        return out.toByteArray();
    }
}
