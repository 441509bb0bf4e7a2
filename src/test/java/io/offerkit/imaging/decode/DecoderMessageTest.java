package io.offerkit.imaging.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a damaged file's message keeps of the decoder's own words. */
class DecoderMessageTest {
    @Test
    void aLibrarysInternalsAreLeftOut() {
        // What TwelveMonkeys said about a TIFF whose strip offsets point past the file (found by the fuzzing).
        IOException internals = new IOException("class java.io.EOFException cannot be cast to class java.lang.Number"
                + " (java.io.EOFException and java.lang.Number are in module java.base of loader 'bootstrap')");
        assertThat(ImageIoSource.detail(internals)).isEmpty();
        assertThat(ImageIoSource.detail(new IOException("javax.imageio.IIOException: bad"))).isEmpty();
        assertThat(ImageIoSource.detail(new IOException())).isEmpty();
    }

    @Test
    void wordsForAUserAreKept() {
        assertThat(ImageIoSource.detail(new IOException("Unsupported JPEG process: SOF type 0xcb")))
                .isEqualTo(" (Unsupported JPEG process: SOF type 0xcb)");
        assertThat(ImageIoSource.detail(new IOException("Invalid width/height for BI_RGB image data")))
                .isEqualTo(" (Invalid width/height for BI_RGB image data)");
    }
}
