package io.offerkit.bundle;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.document.DocumentInspector;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.Profile;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fill sheet's files as files on disk, so the hand-off can offer them to a browser's upload box: the logos,
 * screenshots and video thumbnails rendered exactly as an export renders them (logos through {@link LogoSetRenderer}
 * from the full sources, media through {@link MediaFiles}) and written under {@code folder} with the bundle's names;
 * the user's own document files offered where they are, never copied or touched.
 *
 * @param files    by fill-sheet key ("logo:small-40x40", "media:screenshots", "document:supporting"), in the row's order;
 *                 a file that could not be made is left out
 * @param problems by key: why a file of it could not be made (no logo yet, a capture missing)
 */
public record HandoffFiles(Map<String, List<Path>> files, Map<String, String> problems) {
    public HandoffFiles {
        Map<String, List<Path>> copy = new TreeMap<>();
        files.forEach((key, paths) -> copy.put(key, List.copyOf(paths)));
        files = Map.copyOf(copy);
        problems = Map.copyOf(problems);
    }

    public static HandoffFiles none() {
        return new HandoffFiles(Map.of(), Map.of());
    }

    /** The files of one fill-sheet key on disk, in the row's order. */
    public List<Path> of(String key) {
        return files.getOrDefault(key, List.of());
    }

    /**
     * Renders every logo slot, screenshot and thumbnail of {@code project} into {@code folder} (which the caller owns:
     * files there are replaced) and lists the user's document files. Reports progress and stops when cancelled.
     */
    public static HandoffFiles write(Profile profile, Project project, Path folder, ProgressMonitor monitor)
            throws IOException, CancelledException {
        SourceFiles disk = new SourceFiles(DocumentInspector.MAX_BYTES);
        Map<String, List<Path>> files = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        monitor.checkCancelled();
        LogoSet logos = LogoSetRenderer.render(profile, project.logo(), path -> Exporter.decode(disk, path));
        monitor.progress(0.3);
        for (RenderedSlot slot : logos.all()) {
            monitor.checkCancelled();
            String name = BundleLayout.logo(slot.slotId());
            files.put("logo:" + slot.slotId(), List.of(write(folder, name, PngEncoder.encode(slot.image()))));
        }
        logos.problems().forEach((slot, problem) -> problems.put("logo:" + slot, problem));
        monitor.progress(0.4);
        media(profile, project, folder, monitor.slice(0.4, 1), files, problems);
        for (Map.Entry<String, List<DocumentRef>> entry : project.documents().entrySet()) {
            List<Path> own = entry.getValue().stream().filter(DocumentRef::isFile).map(ref -> Path.of(ref.file()))
                    .toList();
            if (!own.isEmpty()) {
                files.put("document:" + entry.getKey(), own);
            }
        }
        monitor.progress(1);
        return new HandoffFiles(files, problems);
    }

    private static void media(Profile profile, Project project, Path folder, ProgressMonitor monitor,
                              Map<String, List<Path>> files, Map<String, String> problems)
            throws IOException, CancelledException {
        Map<String, byte[]> rendered = new TreeMap<>();
        int total = Math.max(1, MediaFiles.steps(project.media()));
        int[] done = {0};
        List<MediaFiles.Entry> entries;
        try {
            entries = MediaFiles.add(project.media(), profile, new SourceFiles(DocumentInspector.MAX_BYTES), rendered,
                    new MediaFiles.Steps() {
                        @Override
                        public void step(String what) throws BundleException {
                            if (monitor.isCancelled()) {
                                throw new BundleException("cancelled");
                            }
                            monitor.progress(done[0]++ / (double) total);
                        }

                        @Override
                        public boolean cancelled() {
                            return monitor.isCancelled();
                        }
                    });
        } catch (BundleException e) {
            monitor.checkCancelled();
            // more screenshots than the profile takes, or none taken: the checklist says so; nothing to drag
            profile.media().forEach(group -> problems.put("media:" + group.id(), e.getMessage()));
            return;
        }
        for (MediaGroup group : profile.media()) {
            List<Path> paths = new ArrayList<>();
            for (MediaFiles.Entry entry : entries) {
                if (entry.kind() == group.kind() && entry.file() != null) {
                    paths.add(write(folder, entry.file(), rendered.get(entry.file())));
                } else if (entry.kind() == group.kind() && entry.problem() != null) {
                    problems.merge("media:" + group.id(), entry.problem(), (a, b) -> a + " " + b);
                }
            }
            if (!paths.isEmpty()) {
                files.put("media:" + group.id(), paths);
            }
        }
    }

    private static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, bytes);
        return target;
    }
}
