package io.offerkit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an export would land on, looked at before anything is written, so OfferKit never deletes or overwrites a file
 * it did not write: a new place or an empty folder is {@link State#FREE}; an earlier OfferKit export (a folder holding
 * nothing but what its {@code offer.json} lists, or a bundle ZIP) is {@link State#EARLIER_EXPORT}, replaced only when
 * the user says so; anything else is {@link State#OTHER_FILES} and never touched.
 *
 * @param detail for OTHER_FILES the first file that is not OfferKit's (a name relative to the target); for
 *               EARLIER_EXPORT the app name that export's offer.json gives (null if none); else null
 */
public record ExportTarget(Path path, State state, String detail) {
    public enum State { FREE, EARLIER_EXPORT, OTHER_FILES }

    /**
     * Files the desktop's file manager drops into any folder it shows; they are no one's work, and a folder holding
     * only these counts as empty.
     */
    private static final Set<String> DESKTOP_LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final long MAX_OFFER_JSON_BYTES = 16L * 1024 * 1024;

    /** Looks at {@code target} as {@link Exporter#export} would write it: a ZIP file or a folder. */
    public static ExportTarget of(Path target) throws BundleException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return new ExportTarget(absolute, State.FREE, null);
            }
            if (Exporter.isZip(absolute)) {
                if (Files.isDirectory(absolute)) {
                    throw new BundleException(absolute + " is a folder, not a ZIP file. Nothing was written.");
                }
                JsonNode offer = bundleZipOffer(absolute);
                return offer != null ? new ExportTarget(absolute, State.EARLIER_EXPORT, appName(offer))
                        : new ExportTarget(absolute, State.OTHER_FILES, String.valueOf(absolute.getFileName()));
            }
            if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new BundleException(absolute + " exists and is not a folder. Nothing was written.");
            }
            return ofFolder(absolute);
        } catch (IOException e) {
            throw new BundleException("Cannot look into " + absolute + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }

    /**
     * Where the app's Export to Folder puts the bundle when the user chose {@code chosen}: that folder when it is new,
     * empty or an earlier export; otherwise a folder named after the project inside it ({@code name}, then
     * {@code name-2}...), so the user's own files stay as they are.
     */
    public static ExportTarget inFolder(Path chosen, String appName) throws BundleException {
        ExportTarget target = of(chosen);
        if (target.state != State.OTHER_FILES || holdsAnExport(target.path)) {
            return target; // an earlier export with a file added is refused, not nested in
        }
        String name = FileNames.safe(appName, "offer");
        for (int n = 1; ; n++) {
            Path inside = target.path.resolve(n == 1 ? name : name + "-" + n);
            if (!Files.isDirectory(inside) && Files.exists(inside, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a file of that name
            }
            ExportTarget candidate = of(inside);
            if (candidate.state != State.OTHER_FILES) {
                return candidate;
            }
        }
    }

    /** Refuses a target the export may not write: other files always, an earlier export unless {@code replace}. */
    public ExportTarget check(boolean replace) throws BundleException {
        if (state == State.OTHER_FILES || state == State.EARLIER_EXPORT && !replace) {
            throw new BundleException(refusal());
        }
        return this;
    }

    /** Why the export does not write here (unless told to replace an earlier export), in one line. */
    public String refusal() {
        if (state == State.EARLIER_EXPORT) {
            return path + (Files.isDirectory(path) ? " holds" : " is")
                    + " an earlier OfferKit export; it is replaced only when asked to. Nothing was written.";
        }
        if (holdsAnExport(path)) {
            return path + " holds an earlier OfferKit export and " + detail + ", which OfferKit did not write and does not"
                    + " delete. Nothing was written; move that file out or choose another folder.";
        }
        if (Files.isDirectory(path)) {
            return path + " is not an earlier OfferKit export and not empty (it holds " + detail
                    + "); OfferKit does not delete or overwrite files it did not write. Nothing was written;"
                    + " choose an empty or a new folder.";
        }
        return path.getFileName() + " is not an OfferKit export; OfferKit does not overwrite files it did not write."
                + " Nothing was written; choose another name.";
    }

    private static ExportTarget ofFolder(Path dir) throws IOException {
        JsonNode offer = folderOffer(dir);
        Optional<Set<String>> listed = Optional.ofNullable(offer).map(ExportTarget::listedFiles);
        String other = null;
        // Not an export: its first entry (by name) is the user's; no walk through what may be a whole Desktop.
        try (Stream<Path> walk = listed.isPresent() ? Files.walk(dir) : Stream.concat(Stream.of(dir), Files.list(dir))) {
            Iterator<Path> paths = walk.sorted().iterator();
            paths.next(); // the folder itself
            while (paths.hasNext() && other == null) {
                Path path = paths.next();
                String entry = dir.relativize(path).toString().replace('\\', '/');
                if (DESKTOP_LITTER.contains(String.valueOf(path.getFileName())) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (listed.isEmpty() || !ours(listed.get(), entry, path)) {
                    other = entry;
                }
            }
        }
        if (other != null) {
            return new ExportTarget(dir, State.OTHER_FILES, other);
        }
        return offer != null ? new ExportTarget(dir, State.EARLIER_EXPORT, appName(offer)) : new ExportTarget(dir, State.FREE, null);
    }

    /** An earlier export's own file, or a folder on the way to one. */
    private static boolean ours(Set<String> listed, String entry, Path path) {
        if (Files.isSymbolicLink(path)) {
            return false;
        }
        if (Files.isDirectory(path)) {
            return listed.stream().anyMatch(file -> file.startsWith(entry + "/"));
        }
        return listed.contains(entry);
    }

    private static boolean holdsAnExport(Path dir) {
        return Files.isRegularFile(dir.resolve(BundleLayout.OFFER_JSON), LinkOption.NOFOLLOW_LINKS);
    }

    /** An earlier export's offer.json in {@code dir}; null when there is none (or not OfferKit's). */
    private static JsonNode folderOffer(Path dir) throws IOException {
        Path offer = dir.resolve(BundleLayout.OFFER_JSON);
        if (!Files.isRegularFile(offer, LinkOption.NOFOLLOW_LINKS) || Files.size(offer) > MAX_OFFER_JSON_BYTES) {
            return null;
        }
        return offerJson(Files.readAllBytes(offer));
    }

    /** The files an earlier export's offer.json lists, and offer.json itself. */
    private static Set<String> listedFiles(JsonNode offer) {
        Set<String> files = new HashSet<>();
        files.add(BundleLayout.OFFER_JSON);
        offer.path("files").forEach(file -> files.add(file.path("path").asText()));
        return files;
    }

    private static String appName(JsonNode offer) {
        String name = offer.path("fields").path("appName").asText("");
        return name.isBlank() ? null : name;
    }

    /** A bundle ZIP's offer.json; null for any other file (not a ZIP, a damaged one, not OfferKit's). */
    private static JsonNode bundleZipOffer(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(BundleLayout.OFFER_JSON);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return offerJson(in.readNBytes((int) MAX_OFFER_JSON_BYTES));
            }
        } catch (IOException e) {
            return null; // not OfferKit's to overwrite
        }
    }

    /** offer.json's content when it says it is an OfferKit bundle's; null otherwise. */
    private static JsonNode offerJson(byte[] bytes) {
        try {
            JsonNode root = Json.mapper().readTree(bytes);
            return root != null && BundleLayout.FORMAT.equals(root.path("format").asText()) ? root : null;
        } catch (IOException e) {
            return null;
        }
    }
}
