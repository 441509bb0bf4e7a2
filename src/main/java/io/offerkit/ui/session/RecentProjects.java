package io.offerkit.ui.session;

import io.offerkit.common.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File > Open Recent: the last {@value #LIMIT} projects, newest first, kept in a small text file (one path a line)
 * in the user's OfferKit folder. A broken or unreadable list is treated as empty: it is a convenience, never a
 * reason to fail.
 */
public final class RecentProjects {
    public static final int LIMIT = 8;
    private final Path store;

    public RecentProjects(Path dataDir) {
        this.store = dataDir.resolve("recent-projects.txt");
    }

    public List<Path> list() {
        try {
            if (!Files.isRegularFile(store)) {
                return List.of();
            }
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).distinct().limit(LIMIT).map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts a project first (opened or saved just now). */
    public void add(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        store(paths.subList(0, Math.min(LIMIT, paths.size())));
    }

    /** Drops a project that no longer exists (the menu offers it greyed until then). */
    public void remove(Path project) {
        List<Path> paths = new ArrayList<>(list());
        if (paths.remove(project.toAbsolutePath().normalize())) {
            store(paths);
        }
    }

    public static boolean exists(Path project) {
        return Files.isRegularFile(project);
    }

    private void store(List<Path> paths) {
        StringBuilder text = new StringBuilder();
        paths.forEach(p -> text.append(p).append('\n'));
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Not remembering a recent file loses nothing the user made; the next open tries again.
        }
    }
}
