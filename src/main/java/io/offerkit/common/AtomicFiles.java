package io.offerkit.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
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
        TempFile temp = createTemp(dir, absolute.getFileName().toString());
        try {
            try (FileChannel channel = temp.channel();
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp.path(), absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp.path());
            throw e;
        }
    }

    /** A temporary file, created and open for writing. */
    private record TempFile(Path path, FileChannel channel) {
    }

    /**
     * A new hidden file beside the target. Not Files.createTempFile, which seeds a SecureRandom, nor the process id in
     * the name, which starts ProcessHandle's reaper thread pool: each costs a command-line run milliseconds. CREATE_NEW
     * makes the name ours; one taken by another writer at the same instant just moves the counter on.
     */
    private static TempFile createTemp(Path dir, String name) throws IOException {
        long stamp = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(stamp) + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                return new TempFile(temp, FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
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
