package io.offerkit.project;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices when the files a project names (logo sources, documents) are replaced, edited, truncated, deleted or come
 * back on disk, for the app to look again when its window gets the focus. Each look compares every file with how it
 * was at the previous look (size and modification time, no reading), so it is cheap enough to run on every focus;
 * a file is reported once per change.
 */
public final class SourceWatch {
    /** What changed since the previous look, by path; {@link #isEmpty()} when nothing did. */
    public record Changes(List<String> changed, List<String> missing, List<String> back) {
        public Changes {
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
            back = List.copyOf(back);
        }

        public boolean isEmpty() {
            return changed.isEmpty() && missing.isEmpty() && back.isEmpty();
        }

        /** Every path whose content is now different from what the app last showed. */
        public List<String> all() {
            List<String> all = new ArrayList<>(changed);
            all.addAll(missing);
            all.addAll(back);
            return all;
        }
    }

    /** Path to its stamp at the previous look; an empty Optional: missing then. */
    private final Map<String, Optional<FileStamp>> seen = new HashMap<>();

    /**
     * Compares the project's files with the previous look and remembers them as they are now. A file the watch has
     * not seen before (just attached, or the first look) is recorded, not reported.
     */
    public synchronized Changes look(Project project) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> back = new ArrayList<>();
        Map<String, Optional<FileStamp>> now = new HashMap<>();
        for (String path : MissingFiles.namedFiles(project).keySet()) {
            Optional<FileStamp> stamp = stampOf(path);
            now.put(path, stamp);
            Optional<FileStamp> before = seen.get(path);
            if (before == null) {
                continue;
            }
            if (before.isEmpty()) {
                if (stamp.isPresent()) {
                    back.add(path);
                }
            } else if (stamp.isEmpty()) {
                missing.add(path);
            } else if (before.get().compare(Path.of(path)) != FileStamp.Change.UNCHANGED) {
                changed.add(path);
            }
        }
        seen.clear();
        seen.putAll(now);
        return new Changes(changed, missing, back);
    }

    private static Optional<FileStamp> stampOf(String path) {
        try {
            return FileStamp.quick(Path.of(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
