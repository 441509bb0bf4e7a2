package io.offerkit.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The source files a project names that are not where it says (a project folder moved without its logo or
 * documents), and relinking them: one file at a time, or by looking in a folder for files of the same name.
 */
public final class MissingFiles {
    /** One missing file and what the project uses it for ("Logo source", "Slot small-40x40", "terms-of-use"). */
    public record Missing(String path, String usedFor) {
        public String fileName() {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        }
    }

    private MissingFiles() {
    }

    public static List<Missing> of(Project project) {
        return of(project, p -> Files.isRegularFile(Path.of(p)));
    }

    /** {@code exists} is injectable so tests can describe a file system without one. */
    static List<Missing> of(Project project, Predicate<String> exists) {
        List<Missing> missing = new ArrayList<>();
        namedFiles(project).forEach((path, usedFor) -> {
            if (!exists.test(path)) {
                missing.add(new Missing(path, usedFor));
            }
        });
        return missing;
    }

    /** Every file the project names (logo sources, document files, captures, thumbnails), by path, with what it is used for. */
    public static Map<String, String> namedFiles(Project project) {
        Map<String, String> byPath = new LinkedHashMap<>();
        LogoSettings logo = project.logo();
        if (logo.source() != null) {
            byPath.putIfAbsent(logo.source(), "Logo source");
        }
        logo.slots().forEach((id, settings) -> {
            if (settings.source() != null) {
                byPath.putIfAbsent(settings.source(), "Logo source for " + id);
            }
        });
        new TreeMap<>(project.documents()).forEach((id, refs) -> refs.stream().filter(DocumentRef::isFile)
                .forEach(ref -> byPath.putIfAbsent(ref.file(), "Document " + id)));
        List<Screenshot> shots = project.media().screenshots();
        for (int i = 0; i < shots.size(); i++) {
            if (shots.get(i).source() != null) {
                byPath.putIfAbsent(shots.get(i).source(), "Screenshot " + (i + 1));
            }
        }
        List<Video> videos = project.media().videos();
        for (int i = 0; i < videos.size(); i++) {
            if (videos.get(i).thumbnail() != null) {
                byPath.putIfAbsent(videos.get(i).thumbnail(), "Video " + (i + 1) + " thumbnail");
            }
        }
        return byPath;
    }

    /** The project with every use of {@code oldPath} pointing at {@code newPath}. */
    public static Project relink(Project project, String oldPath, Path newPath) {
        String target = newPath.toAbsolutePath().normalize().toString();
        return project.mapPaths(p -> p.equals(oldPath) ? target : p);
    }

    /**
     * The project with each missing file found in {@code folder} under the same name relinked there; the files not
     * found there stay as they were (the caller lists them again).
     */
    public static Project lookIn(Project project, Path folder) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Missing missing : of(project)) {
            Path candidate = folder.resolve(missing.fileName());
            if (Files.isRegularFile(candidate)) {
                found.put(missing.path(), candidate.toAbsolutePath().normalize().toString());
            }
        }
        return found.isEmpty() ? project : project.mapPaths(p -> found.getOrDefault(p, p));
    }
}
