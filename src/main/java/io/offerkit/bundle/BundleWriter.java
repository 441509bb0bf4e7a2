package io.offerkit.bundle;

import io.offerkit.common.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as a folder or a ZIP, all or nothing: the result is built beside the target and moved into place,
 * so an error, a full disk or a cancel leaves the previous export (or nothing) and no partial files. What may be
 * replaced is decided before, by {@link ExportTarget}: an empty folder or an earlier export, never anyone's files.
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
        Path staging = createStaging(absolute);
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

    /**
     * A new hidden folder beside the target, made as any new folder of the user's is (Files.createTempDirectory's is
     * private, mode 700, and the bundle folder would keep that). An empty folder the user chose passes its own
     * permissions on, since the bundle takes its place.
     */
    private static Path createStaging(Path target) throws IOException {
        for (int n = 0; ; n++) {
            Path staging = target.resolveSibling("." + target.getFileName() + ".export-" + Long.toHexString(System.nanoTime()));
            try {
                Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw e;
                }
                continue;
            }
            if (Files.isDirectory(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null
                    && !Files.exists(target.resolve(BundleLayout.OFFER_JSON))) {
                Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target));
            }
            return staging;
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
