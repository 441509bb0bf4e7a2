package io.offerkit.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary lists of edits and the files they make from a valid sample. */
final class Mutations {
    private Mutations() {
    }

    static Arbitrary<List<Mutation>> edits() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<byte[]> fragment = Arbitraries.oneOf(
                Arbitraries.of(Mutation.HOSTILE),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16));
        Arbitrary<Mutation> edit = Arbitraries.oneOf(
                Combinators.combine(position, Arbitraries.integers().between(0, 7)).as(Mutation.FlipBit::new),
                position.map(Mutation.Truncate::new),
                Combinators.combine(position, fragment).as(Mutation.Insert::new),
                Combinators.combine(position, fragment).as(Mutation.Overwrite::new));
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    static byte[] apply(byte[] sample, List<Mutation> edits) {
        byte[] data = sample;
        for (Mutation edit : edits) {
            data = edit.apply(data);
        }
        return data;
    }
}
