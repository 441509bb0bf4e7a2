package io.offerkit.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file looked like when OfferKit last read or wrote it: its size, modification time and the SHA-256 of the
 * very bytes read or written. Comparing it with the file on disk tells whether another program changed, truncated or
 * deleted the file since. The size and time are a cheap first look; a file whose size or time differ is hashed
 * again, so a file merely touched (same bytes) does not count as changed.
 */
public record FileStamp(long size, long modifiedMillis, String sha256) {

    /** How a file on disk compares with its stamp. */
    public enum Change {
        /** The same bytes (possibly touched). */
        UNCHANGED,
        /** Other bytes: replaced, edited or truncated by another program. */
        CHANGED,
        /** Deleted, moved away or no longer a readable file. */
        MISSING
    }

    /** The stamp of {@code bytes}, just read from or written to {@code file}. */
    public static FileStamp of(Path file, byte[] bytes) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            modified = -1; // the next look hashes the file again
        }
        return new FileStamp(bytes.length, modified, sha256(bytes));
    }

    /** Reads {@code file} once and stamps what was read; empty when it cannot be read. */
    public static Optional<FileStamp> read(Path file) {
        try {
            return Optional.of(of(file, Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The size and time of {@code file} without reading it (no hash: any later change of size or time counts as a
     * change); empty when it is not a readable regular file. For watching large documents cheaply.
     */
    public static Optional<FileStamp> quick(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * How {@code file} on disk compares with this stamp; reads the file only when its size or time changed (and
     * this stamp has a hash to compare with).
     */
    public Change compare(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Change.MISSING;
            }
            if (Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modifiedMillis) {
                return Change.UNCHANGED;
            }
            if (sha256 == null) {
                return Change.CHANGED;
            }
            return sha256(Files.readAllBytes(file)).equals(sha256) ? Change.UNCHANGED : Change.CHANGED;
        } catch (IOException e) {
            return Change.MISSING; // deleted between the two looks, or no longer readable
        }
    }

    /** Like {@link #compare} but always hashes the file: for a save that must not overwrite someone else's change. */
    public Change compareContent(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Change.MISSING;
            }
            return sha256 != null && sha256(Files.readAllBytes(file)).equals(sha256) ? Change.UNCHANGED : Change.CHANGED;
        } catch (IOException e) {
            return Change.MISSING;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
