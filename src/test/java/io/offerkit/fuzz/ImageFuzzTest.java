package io.offerkit.fuzz;

import io.offerkit.imaging.ImageDecoder;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Damaged images of every raster format and SVG: ImageDecoder answers with an image or an ImagingException. */
class ImageFuzzTest {
    private static final byte[] PNG = Samples.png();
    private static final byte[] JPEG = Samples.imageIo("jpeg");
    private static final byte[] GIF = Samples.imageIo("gif");
    private static final byte[] BMP = Samples.imageIo("bmp");
    private static final byte[] TIFF = Samples.imageIo("tiff");
    private static final byte[] SVG = Samples.svg();
    private static final byte[] PSD_RAW = Samples.psd(false);
    private static final byte[] PSD_PACKBITS = Samples.psd(true);
    private static final byte[] ICO = Samples.ico();

    private static void decode(byte[] sample, List<Mutation> edits, String name) {
        byte[] data = Mutations.apply(sample, edits);
        Invariants.typedOrValid("ImageDecoder.read(" + name + ")", () -> ImageDecoder.read(data, name));
    }

    @Test
    void png() {
        FuzzTries.forEachCase("png", edits -> {
            decode(PNG, edits, "fuzz.png");
        });
    }

    @Test
    void jpeg() {
        FuzzTries.forEachCase("jpeg", edits -> {
            decode(JPEG, edits, "fuzz.jpg");
        });
    }

    @Test
    void gif() {
        FuzzTries.forEachCase("gif", edits -> {
            decode(GIF, edits, "fuzz.gif");
        });
    }

    @Test
    void bmp() {
        FuzzTries.forEachCase("bmp", edits -> {
            decode(BMP, edits, "fuzz.bmp");
        });
    }

    @Test
    void tiff() {
        FuzzTries.forEachCase("tiff", edits -> {
            decode(TIFF, edits, "fuzz.tif");
        });
    }

    @Test
    void validSamplesOfTheNewTargetsDecode() throws Exception {
        Assertions.assertThat(ImageDecoder.read(PSD_RAW, "raw.psd").facts().width()).isEqualTo(48);
        Assertions.assertThat(ImageDecoder.read(PSD_PACKBITS, "rle.psd").pixels().getRGB(24, 16))
                .isEqualTo(ImageDecoder.read(PSD_RAW, "raw.psd").pixels().getRGB(24, 16));
        Assertions.assertThat(ImageDecoder.read(ICO, "x.ico").facts().width()).isEqualTo(48);
    }

    @Test
    void psd() {
        FuzzTries.forEachCase("psd", edits -> {
            // Half the cases damage the raw sample, half the PackBits one (Photoshop's usual compression).
            decode(edits.size() % 2 == 0 ? PSD_RAW : PSD_PACKBITS, edits, "fuzz.psd");
        });
    }

    @Test
    void ico() {
        FuzzTries.forEachCase("ico", edits -> {
            decode(ICO, edits, "fuzz.ico");
        });
    }

    @Test
    void svg() {
        FuzzTries.forEachCase("svg", edits -> {
            decode(SVG, edits, "fuzz.svg");
        });
    }
}
