package io.offerkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One edit of a valid file. Positions are taken modulo the current length, so any generated value applies to any
 * sample and jqwik can shrink positions and fragments independently.
 */
sealed interface Mutation {
    byte[] apply(byte[] data);

    /** Flips one bit: the commonest real-world damage (bad disk, bad transfer). */
    record FlipBit(int position, int bit) implements Mutation {
        public byte[] apply(byte[] data) {
            if (data.length == 0) {
                return data;
            }
            byte[] out = data.clone();
            out[Math.floorMod(position, data.length)] ^= (byte) (1 << Math.floorMod(bit, 8));
            return out;
        }
    }

    /** Cuts the file short: an interrupted download or copy. */
    record Truncate(int length) implements Mutation {
        public byte[] apply(byte[] data) {
            return Arrays.copyOf(data, data.length == 0 ? 0 : Math.floorMod(length, data.length));
        }
    }

    /** Inserts a fragment, shifting everything after it: lengths and offsets in headers no longer match. */
    record Insert(int position, byte[] fragment) implements Mutation {
        public byte[] apply(byte[] data) {
            int at = Math.floorMod(position, data.length + 1);
            byte[] out = new byte[data.length + fragment.length];
            System.arraycopy(data, 0, out, 0, at);
            System.arraycopy(fragment, 0, out, at, fragment.length);
            System.arraycopy(data, at, out, at + fragment.length, data.length - at);
            return out;
        }

        @Override
        public String toString() {
            return "Insert[" + position + ", " + HexFormat.of().formatHex(fragment) + "]";
        }
    }

    /** Overwrites bytes with a fragment, keeping the length: a crafted field inside an otherwise valid file. */
    record Overwrite(int position, byte[] fragment) implements Mutation {
        public byte[] apply(byte[] data) {
            if (data.length == 0) {
                return data;
            }
            byte[] out = data.clone();
            int at = Math.floorMod(position, data.length);
            System.arraycopy(fragment, 0, out, at, Math.min(fragment.length, data.length - at));
            return out;
        }

        @Override
        public String toString() {
            return "Overwrite[" + position + ", " + HexFormat.of().formatHex(fragment) + "]";
        }
    }

    /** Fragments that attack parsers: huge lengths and sizes, NULs, deep nesting, entities, paths, magic numbers. */
    List<byte[]> HOSTILE = List.of(
            new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
            new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
            new byte[] {(byte) 0x80, 0, 0, 0},
            new byte[] {0, 0, 0, 0},
            new byte[] {0, 1, (byte) 0x86, (byte) 0xA0, 0, 1, (byte) 0x86, (byte) 0xA0},
            ascii("\u0000"),
            ascii("../../../../etc/passwd"),
            ascii("..\\..\\x"),
            ascii("/tmp/x"),
            ascii("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
            ascii("{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":"),
            ascii("\"\\ud800\""),
            ascii("1e999999999"),
            ascii("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>&b;"),
            ascii("<image href=\"file:///etc/passwd\"/>"),
            ascii("<script>alert(1)</script>"),
            ascii("<a href=\"javascript:x\">"),
            ascii("%PDF-1.7\n"),
            ascii("1 0 obj << /Length 999999999 >> stream"),
            ascii("PK\u0003\u0004"),
            ascii("\u0089PNG\r\n\u001a\n"),
            ascii("IHDR"),
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) 0xFF, (byte) 0xFF,
                    (byte) 0xFF, (byte) 0xFF, 3},
            ascii("GIF89a\u00ff\u00ff\u00ff\u00ff"),
            ascii("BM"),
            "\u202e\u200b\ufeff".getBytes(StandardCharsets.UTF_8),
            ascii("*".repeat(64) + "_".repeat(64) + "`".repeat(64)));

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
