package io.offerkit.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a bundle by path, sorted: the one value both the folder and the ZIP writer take, and what the reader
 * gives back, so "export, open, export again" can compare like with like.
 */
public record Bundle(SortedMap<String, byte[]> files) {
    public Bundle {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static Bundle of(Map<String, byte[]> files) {
        return new Bundle(new TreeMap<>(files));
    }

    public byte[] file(String path) {
        return files.get(path);
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
