package io.offerkit.bundle;

import io.offerkit.common.AtomicFiles;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.PngEncoder;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.profile.Profile;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Exports a project to a folder: {@code logos/<slot-id>.png}, {@code description.html}, the sources and documents it
 * refers to, and a project file that points at those copies, so opening the exported project restores it. The
 * folder is built beside the target and moved into place at the end: on an error or a cancel no partial export
 * remains, and an existing export is replaced only by a complete one.
 */
public final class FolderExporter {
    private FolderExporter() {
    }

    public static Path export(Profile profile, Project project, LogoSet logos, Path target, ExportProgress progress)
            throws BundleException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".export-");
            writeInto(staging, profile, project, logos, progress);
            replace(staging, absolute);
            staging = null;
            return absolute;
        } catch (IOException e) {
            throw new BundleException("Could not export to " + absolute + ": " + describe(e)
                    + ". Nothing was written; choose another folder or free some space and try again.", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void writeInto(Path dir, Profile profile, Project project, LogoSet logos, ExportProgress progress)
            throws IOException, BundleException {
        List<RenderedSlot> slots = logos.all();
        int total = slots.size() + 3;
        int done = 0;
        Path logoDir = Files.createDirectories(dir.resolve("logos"));
        for (RenderedSlot slot : slots) {
            checkCancel(progress);
            progress.step(done++, total, "Writing logo " + slot.slotId());
            Files.write(logoDir.resolve(FileNames.safe(slot.slotId(), "logo") + ".png"), PngEncoder.encode(slot.image()));
        }
        checkCancel(progress);
        progress.step(done++, total, "Writing the description");
        RenderedDescription description = profile.textField("description")
                .map(spec -> DescriptionRenderer.render(project.description(), spec))
                .orElse(null);
        if (description != null) {
            Files.writeString(dir.resolve("description.html"), description.html() + "\n", StandardCharsets.UTF_8);
        }
        checkCancel(progress);
        progress.step(done++, total, "Copying sources and documents");
        Project copied = copySources(project, dir);
        checkCancel(progress);
        progress.step(done++, total, "Writing the project file");
        String name = FileNames.safe(project.appName(), "offer") + ProjectFiles.EXTENSION;
        Files.write(dir.resolve(name), ProjectFiles.toBytes(copied, dir));
        progress.step(total, total, "Done");
    }

    /** Copies the logo sources and document files into the export and points the project at the copies. */
    private static Project copySources(Project project, Path dir) throws IOException {
        Map<String, Path> copies = new TreeMap<>();
        LogoSettings logo = project.logo();
        List<String> logoSources = new ArrayList<>();
        if (logo.source() != null) {
            logoSources.add(logo.source());
        }
        logo.slots().values().forEach(s -> {
            if (s.source() != null) {
                logoSources.add(s.source());
            }
        });
        for (String source : logoSources) {
            copies.computeIfAbsent(source, s -> dir.resolve("sources").resolve(safeName(s)));
        }
        project.documents().forEach((id, refs) -> {
            for (int i = 0; i < refs.size(); i++) {
                DocumentRef ref = refs.get(i);
                if (ref.isFile()) {
                    String base = FileNames.safe(id, "document") + (refs.size() > 1 ? "-" + (i + 1) : "");
                    copies.computeIfAbsent(ref.file(), f -> dir.resolve(id.equals("supporting") ? "documents" : "legal")
                            .resolve(base + "." + FileNames.extension(f)));
                }
            }
        });
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            Path from = Path.of(copy.getKey());
            if (!Files.isRegularFile(from)) {
                throw new IOException(from + " is missing (was it moved or renamed?)");
            }
            Files.createDirectories(copy.getValue().getParent());
            Files.copy(from, copy.getValue());
        }
        return project.mapPaths(p -> copies.containsKey(p) ? copies.get(p).toString() : p);
    }

    private static String safeName(String path) {
        String file = Path.of(path).getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot < 0 ? file : file.substring(0, dot);
        return FileNames.safe(stem, "logo") + "." + FileNames.extension(file);
    }

    private static void replace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            AtomicFiles.moveIntoPlace(staging, target);
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target + " exists and is not a folder");
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

    private static void checkCancel(ExportProgress progress) throws BundleException {
        if (progress.cancelled()) {
            throw new BundleException("Export cancelled; nothing was written.");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied for " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
