package io.offerkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.ImageDecoder;

/**
 * Coverage-guided fuzzing of the image decoders with Jazzer. In {@code mvn verify} (regression mode) it replays the
 * inputs saved under {@code src/test/resources/io/offerkit/fuzz/JazzerImageFuzzTestInputs/decode/} (seeds: valid
 * samples of every format, and any crash found later, kept as a regression test). With {@code JAZZER_FUZZ=1} it
 * fuzzes, guided by coverage: see docs/reliability.md. Any exception other than OfferKit's own typed ones is a
 * finding (Jazzer reports it with the input that caused it).
 */
class JazzerImageFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void decode(byte[] data) {
        try {
            ImageDecoder.read(data, "jazzer");
        } catch (OfferKitException expected) {
            // refused with a message for the user: the contract holds
        }
    }
}
