package io.offerkit.bundle;

import io.offerkit.common.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as a folder or a ZIP, all or nothing: the result is built beside the target and moved into place,
 * so an error, a full disk or a cancel leaves the previous export (or nothing) and no partial files.
 * ZIPs are reproducible: entries sorted, one fixed timestamp, no extra fields, fixed compression level.
 */
public final class BundleWriter {
    /**
     * One timestamp for every entry, so no entry carries the export's date. Not 1980-01-01: for that edge of the DOS
     * range the JDK adds an extended-timestamp field computed in the machine's time zone, which breaks
     * reproducibility across machines.
     */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private BundleWriter() {
    }

    public static void writeZip(Bundle bundle, Path zipFile) throws IOException {
        if (Files.isDirectory(zipFile)) {
            throw new FileAlreadyExistsException(zipFile + " is a folder, not a ZIP file");
        }
        AtomicFiles.write(zipFile, out -> writeZip(bundle, out));
    }

    public static void writeZip(Bundle bundle, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    public static void writeFolder(Bundle bundle, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute + " exists and is not a folder");
        }
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".export-");
        try {
            for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            replace(staging, absolute);
            staging = null;
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void replace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            AtomicFiles.moveIntoPlace(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old);
        try {
            AtomicFiles.moveIntoPlace(staging, target);
        } catch (IOException e) {
            Files.move(old, target);
            throw e;
        }
        deleteQuietly(old);
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a leftover temporary folder is hidden (dot name) and harmless.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
