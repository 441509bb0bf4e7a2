package io.offerkit.project;

import io.offerkit.common.ByteSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The files a project names (logo sources, documents), each read from disk at most once and then kept: an export
 * renders the logos, inspects the documents, copies the files and hashes them from the same bytes, so a file
 * replaced or truncated by another program half-way through cannot make the bundle's checksums, facts and contents
 * disagree. A failed read is remembered too, and reported the same way to every later caller.
 */
public final class SourceFiles {
    /** A file over the limit given to the snapshot; nothing of it was read. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private final long maxBytes;
    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, IOException> failures = new HashMap<>();
    private int reads;

    public SourceFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The bytes of {@code path}, read on the first call and the same array on every later one. */
    public synchronized byte[] read(String path) throws IOException {
        String key = key(path);
        byte[] known = contents.get(key);
        if (known != null) {
            return known;
        }
        IOException failed = failures.get(key);
        if (failed != null) {
            throw failed;
        }
        try {
            Path file = Path.of(key);
            reads++;
            if (Files.size(file) > maxBytes) {
                throw new TooLargeException(file.getFileName() + " is larger than " + ByteSizes.wholeMegabytes(maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            contents.put(key, bytes);
            return bytes;
        } catch (IOException e) {
            failures.put(key, e);
            throw e;
        }
    }

    /** How many times a file was actually read from disk (each path once at most). */
    public synchronized int diskReads() {
        return reads;
    }

    private static String key(String path) throws IOException {
        try {
            return Path.of(path).toString();
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(path, null, "not a valid path");
        }
    }
}
