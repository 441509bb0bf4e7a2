package io.offerkit.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new one, never a torn file:
 * the bytes go to a temporary file beside the target, are forced to disk, and the temporary file is moved over
 * the target in one step.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        try {
            // CREATE_NEW, not Files.createTempFile: the latter seeds a SecureRandom, which costs a command-line run
            // tens of milliseconds; a pid + counter name is unique enough for a file that lives for one write.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Moves {@code source} onto {@code target} atomically where the file system can, replacing it otherwise. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
