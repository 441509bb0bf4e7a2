package io.offerkit.imaging.decode;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * CMYK and YCCK JPEGs without an embedded profile, as print designers' exports often are. Their inks mean nothing
 * without a press profile, and the decoder's fallback (1 - C, 1 - M, 1 - Y, times 1 - K) shows 100 % cyan as #00FFFF,
 * far brighter than any press prints it. This converts the decoded samples to ink amounts and reads them through a
 * press profile - Fogra's coated offset characterization (FOGRA39, ISO 12647-2; tools/make-cmyk-profile.sh), the
 * usual assumption for CMYK artwork without a profile - so 100 % cyan comes out as #00A1E4.
 */
final class CmykJpeg {
    private static final String PROFILE = "cmyk-fogra39.icc";
    /** What the facts say of such a file's profile. */
    static final String ASSUMED = "none, read as coated offset press (FOGRA39)";
    private static volatile ICC_ColorSpace press;

    private CmykJpeg() {
    }

    /** Whether a JPEG is read through the press profile: four components and no profile of its own. */
    static boolean applies(JpegMarkers markers) {
        return markers.components() == 4 && !markers.iccProfile();
    }

    /**
     * The decoder's raw samples as ink amounts in the press profile's colour space. {@code adobeTransform} says how
     * they were stored: Adobe's convention (an APP14 segment, as Photoshop writes) keeps C, M, Y, K inverted, and
     * with transform 2 (YCCK) C, M, Y as YCbCr of the ink amounts; without the segment the samples are ink amounts.
     */
    static BufferedImage inks(Raster raw, int adobeTransform) {
        int w = raw.getWidth();
        int h = raw.getHeight();
        WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] row = new int[w * 4];
        int[] ink = new int[w * 4];
        int max = (1 << raw.getSampleModel().getSampleSize(0)) - 1; // 255, or 4095 for a 12-bit JPEG
        for (int y = 0; y < h; y++) {
            raw.getPixels(raw.getMinX(), raw.getMinY() + y, w, 1, row);
            if (max != 255) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = (row[i] * 255 + max / 2) / max;
                }
            }
            for (int i = 0; i < row.length; i += 4) {
                if (adobeTransform == 2) {
                    ycc(row, i, ink);
                    ink[i + 3] = 255 - row[i + 3];
                } else if (adobeTransform >= 0) {
                    ink[i] = 255 - row[i];
                    ink[i + 1] = 255 - row[i + 1];
                    ink[i + 2] = 255 - row[i + 2];
                    ink[i + 3] = 255 - row[i + 3];
                } else {
                    System.arraycopy(row, i, ink, i, 4);
                }
            }
            out.setPixels(0, y, w, 1, ink);
        }
        ColorModel model = new ComponentColorModel(press(), false, false, ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, out, false, null);
    }

    /** JFIF's YCbCr to RGB, which for YCCK gives the C, M, Y ink amounts. */
    private static void ycc(int[] row, int i, int[] ink) {
        double y = row[i];
        double cb = row[i + 1] - 128.0;
        double cr = row[i + 2] - 128.0;
        ink[i] = clamp(y + 1.402 * cr);
        ink[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
        ink[i + 2] = clamp(y + 1.772 * cb);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static ICC_ColorSpace press() {
        ICC_ColorSpace space = press;
        if (space == null) {
            try (InputStream in = CmykJpeg.class.getResourceAsStream(PROFILE)) {
                if (in == null) {
                    throw new IllegalStateException("the press profile " + PROFILE + " is missing from the build");
                }
                space = new ICC_ColorSpace(ICC_Profile.getInstance(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the press profile " + PROFILE + " cannot be read", e);
            }
            press = space;
        }
        return space;
    }
}
