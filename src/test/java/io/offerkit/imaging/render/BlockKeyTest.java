package io.offerkit.imaging.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.render.LinearResampler.Block;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resampled-block key's written-out equals and hashCode mean what the record's own would. */
class BlockKeyTest {
    private static final AxisMapping X = new AxisMapping(0, 1024, 0, 115);
    private static final AxisMapping Y = new AxisMapping(0, 1024, 0.5, 114.5);

    private static Block block() {
        return new Block(new Rectangle(0, 0, 1024, 1024), X, Y, 115, 115, PreReduction.LOGO);
    }

    @Test
    void equalPartsMakeEqualKeys() {
        assertThat(block()).isEqualTo(block()).hasSameHashCodeAs(block());
        assertThat(new AxisMapping(0, 1024, 0, 115).sameAs(X)).isTrue();
    }

    @Test
    void anyDifferentPartMakesAnotherKey() {
        List<Block> others = List.of(
                new Block(new Rectangle(1, 0, 1024, 1024), X, Y, 115, 115, PreReduction.LOGO),
                new Block(block().content(), new AxisMapping(0, 1024, 0, 114), Y, 115, 115, PreReduction.LOGO),
                new Block(block().content(), X, new AxisMapping(0, 1023.5, 0.5, 114.5), 115, 115, PreReduction.LOGO),
                new Block(block().content(), X, Y, 116, 115, PreReduction.LOGO),
                new Block(block().content(), X, Y, 115, 114, PreReduction.LOGO),
                new Block(block().content(), X, Y, 115, 115, PreReduction.NONE),
                new Block(block().content(), X, Y, 115, 115, PreReduction.MEDIA));
        for (Block other : others) {
            assertThat(other).isNotEqualTo(block());
        }
        assertThat(others.stream().map(Block::hashCode).distinct().count()).isEqualTo(others.size());
        assertThat(block()).isNotEqualTo(null).isNotEqualTo("a block");
    }
}
