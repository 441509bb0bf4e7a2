package io.offerkit.fuzz;

/** Where things are in a GIF file, for tests that rewrite one's header or first frame. */
final class GifBytes {
    private GifBytes() {
    }

    /** Offset of the first image descriptor (0x2C), past the global colour table and any extension blocks. */
    static int firstFrame(byte[] gif) {
        int packed = gif[10] & 0xFF;
        int at = 13 + ((packed & 0x80) != 0 ? 3 * (1 << ((packed & 7) + 1)) : 0);
        while (gif[at] == 0x21) {
            at += 2;
            while (gif[at] != 0) {
                at += (gif[at] & 0xFF) + 1;
            }
            at++;
        }
        if (gif[at] != 0x2C) {
            throw new AssertionError("no image separator at " + at);
        }
        return at;
    }
}
