package io.offerkit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random lists of edits (from a seeded Random, so every case can be replayed) and the files they make from a sample. */
final class Mutations {
    private static final int MAX_EDITS = 6;
    private static final int MAX_FRAGMENT = 16;

    private Mutations() {
    }

    static List<Mutation> random(Random random) {
        int count = 1 + random.nextInt(MAX_EDITS);
        List<Mutation> edits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int position = random.nextInt(Integer.MAX_VALUE);
            edits.add(switch (random.nextInt(4)) {
                case 0 -> new Mutation.FlipBit(position, random.nextInt(8));
                case 1 -> new Mutation.Truncate(position);
                case 2 -> new Mutation.Insert(position, fragment(random));
                default -> new Mutation.Overwrite(position, fragment(random));
            });
        }
        return edits;
    }

    /** Half the time a hostile fragment (entities, huge numbers, script...), otherwise 1-16 random bytes. */
    private static byte[] fragment(Random random) {
        if (random.nextBoolean()) {
            return Mutation.HOSTILE.get(random.nextInt(Mutation.HOSTILE.size()));
        }
        byte[] bytes = new byte[1 + random.nextInt(MAX_FRAGMENT)];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] apply(byte[] sample, List<Mutation> edits) {
        byte[] data = sample;
        for (Mutation edit : edits) {
            data = edit.apply(data);
        }
        return data;
    }
}
