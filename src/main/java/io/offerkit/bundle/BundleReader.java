package io.offerkit.bundle;

import io.offerkit.common.ByteSizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a bundle (folder or ZIP) that may come from anywhere. Every entry name is checked before use — no absolute
 * paths, no "..", no drive letters or backslashes, nothing that could land outside the bundle (zip-slip) — and the
 * number of entries and the bytes actually inflated are capped, so a ZIP bomb is refused after reading at most the
 * budget, whatever its headers claim.
 */
public final class BundleReader {
    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;

    private BundleReader() {
    }

    public static Bundle read(Path path) throws BundleException {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path)) {
            throw new BundleException(path + " does not exist.");
        }
        return readZip(path);
    }

    private static Bundle readZip(Path zipPath) throws BundleException {
        String name = String.valueOf(zipPath.getFileName());
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new BundleException(name + " has " + zip.size() + " entries; a bundle has at most " + MAX_ENTRIES + ".");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = safeName(entry.getName(), name);
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1, MAX_TOTAL_BYTES - total + 1));
                    total += bytes.length;
                    if (bytes.length > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new BundleException(name + " expands to more than OfferKit's limit ("
                                + ByteSizes.wholeMegabytes(MAX_TOTAL_BYTES) + " in all, " + ByteSizes.wholeMegabytes(MAX_ENTRY_BYTES)
                                + " per file): refused as a possible ZIP bomb.");
                    }
                    if (files.put(entryName, bytes) != null) {
                        throw new BundleException(name + " holds \"" + entryName + "\" twice; refused.");
                    }
                }
            }
        } catch (ZipException e) {
            throw new BundleException(name + " is not a readable ZIP file (" + e.getMessage() + ").", e);
        } catch (NoSuchFileException e) {
            throw new BundleException(zipPath + " does not exist.", e);
        } catch (IOException e) {
            throw new BundleException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        return Bundle.of(files);
    }

    private static Bundle readFolder(Path dir) throws BundleException {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(path)) {
                    throw new BundleException(dir.relativize(path) + " is a symbolic link; bundles hold plain files only.");
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String entry = dir.relativize(path).toString().replace('\\', '/');
                if (entry.startsWith(".")) {
                    continue; // hidden leftovers of an interrupted export are not part of the bundle
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new BundleException(dir + " has more than " + MAX_ENTRIES + " files; not a bundle.");
                }
                long size = Files.size(path);
                total += size;
                if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                    throw new BundleException(dir + " is larger than a bundle can be ("
                            + ByteSizes.wholeMegabytes(MAX_TOTAL_BYTES) + ").");
                }
                files.put(entry, Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new BundleException("Cannot read the bundle folder " + dir + ": " + e.getMessage(), e);
        }
        return Bundle.of(files);
    }

    /** The entry name if it stays inside the bundle, else a refusal naming it. */
    static String safeName(String entryName, String bundleName) throws BundleException {
        String n = entryName;
        boolean unsafe = n.isEmpty() || n.startsWith("/") || n.contains("\\") || n.contains("\0") || n.matches("^[A-Za-z]:.*")
                || Stream.of(n.split("/")).anyMatch(part -> part.equals("..") || part.equals("."));
        if (unsafe) {
            throw new BundleException(bundleName + " is unsafe: the entry \"" + n.replace("\0", "\\0")
                    + "\" would be written outside the bundle. Refused.");
        }
        return n;
    }

    /** Writes a bundle's files into an empty folder (checked names only), for opening its project. */
    public static void extract(Bundle bundle, Path dir) throws BundleException {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> existing = Files.list(dir)) {
                if (existing.findAny().isPresent()) {
                    throw new BundleException(dir + " is not empty; choose an empty folder to open the bundle into.");
                }
            }
            Path root = dir.toAbsolutePath().normalize();
            for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
                Path target = root.resolve(safeName(file.getKey(), "the bundle")).normalize();
                if (!target.startsWith(root)) {
                    throw new BundleException("The bundle entry " + file.getKey() + " would be written outside " + dir + ".");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new BundleException("Cannot open the bundle into " + dir + ": " + e.getMessage(), e);
        }
    }
}
