package io.offerkit.fuzz;

import org.junit.jupiter.api.Test;
import io.offerkit.imaging.ImageDecoder;
import java.util.List;

/** Damaged images of every raster format and SVG: ImageDecoder answers with an image or an ImagingException. */
class ImageFuzzTest {
    private static final byte[] PNG = Samples.png();
    private static final byte[] JPEG = Samples.imageIo("jpeg");
    private static final byte[] GIF = Samples.imageIo("gif");
    private static final byte[] BMP = Samples.imageIo("bmp");
    private static final byte[] TIFF = Samples.imageIo("tiff");
    private static final byte[] SVG = Samples.svg();

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
    void svg() {
        FuzzTries.forEachCase("svg", edits -> {
            decode(SVG, edits, "fuzz.svg");
        });
    }
}
