package io.offerkit.fuzz;

import io.offerkit.imaging.ImageDecoder;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Damaged images of every raster format and SVG: ImageDecoder answers with an image or an ImagingException. */
@AddLifecycleHook(FuzzTries.class)
class ImageFuzzTest {
    private static final byte[] PNG = Samples.png();
    private static final byte[] JPEG = Samples.imageIo("jpeg");
    private static final byte[] GIF = Samples.imageIo("gif");
    private static final byte[] BMP = Samples.imageIo("bmp");
    private static final byte[] TIFF = Samples.imageIo("tiff");
    private static final byte[] SVG = Samples.svg();

    @Provide
    Arbitrary<List<Mutation>> edits() {
        return Mutations.edits();
    }

    private static void decode(byte[] sample, List<Mutation> edits, String name) {
        byte[] data = Mutations.apply(sample, edits);
        Invariants.typedOrValid("ImageDecoder.read(" + name + ")", () -> ImageDecoder.read(data, name));
    }

    @Property
    void png(@ForAll("edits") List<Mutation> edits) {
        decode(PNG, edits, "fuzz.png");
    }

    @Property
    void jpeg(@ForAll("edits") List<Mutation> edits) {
        decode(JPEG, edits, "fuzz.jpg");
    }

    @Property
    void gif(@ForAll("edits") List<Mutation> edits) {
        decode(GIF, edits, "fuzz.gif");
    }

    @Property
    void bmp(@ForAll("edits") List<Mutation> edits) {
        decode(BMP, edits, "fuzz.bmp");
    }

    @Property
    void tiff(@ForAll("edits") List<Mutation> edits) {
        decode(TIFF, edits, "fuzz.tif");
    }

    @Property
    void svg(@ForAll("edits") List<Mutation> edits) {
        decode(SVG, edits, "fuzz.svg");
    }
}
