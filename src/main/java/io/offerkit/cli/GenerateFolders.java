package io.offerkit.cli;

import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where {@code generate} writes each source's PNGs, and whether it may. */
final class GenerateFolders {
    private GenerateFolders() {
    }

    /**
     * Each source's folder: OUT itself for one source, else OUT/&lt;name&gt;, then &lt;name&gt;-2, -3... for later sources
     * of the same name (compared ignoring case, as Windows and macOS do), so no source's PNGs land on another's.
     */
    static List<Path> of(Path out, List<Path> sources) {
        if (sources.size() == 1) {
            return List.of(out);
        }
        Set<String> used = new HashSet<>();
        List<Path> dirs = new ArrayList<>();
        for (Path source : sources) {
            String stem = stem(source);
            String name = stem;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = stem + "-" + n;
            }
            dirs.add(out.resolve(name));
        }
        return dirs;
    }

    /**
     * Why the run may not write, when a file it would write is already there (and --replace was not given):
     * generate cannot tell an earlier run's PNG from one the user made, so it overwrites neither unasked.
     */
    static Optional<String> taken(Profile profile, List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            for (ImageSlot slot : profile.imageSlots()) {
                files.add(dir.resolve(slot.id() + ".png"));
            }
        }
        return taken(files);
    }

    /** Why the run may not write, when one of {@code files} is already there ({@code screenshots} asks it too). */
    static Optional<String> taken(List<Path> files) {
        List<Path> existing = new ArrayList<>();
        for (Path file : files) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(file);
            }
        }
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        String more = existing.size() == 1 ? "" : " (and " + (existing.size() - 1) + " more)";
        return Optional.of(existing.get(0) + " already exists" + more
                + "; nothing was written. Pass --replace to overwrite, or choose another --out.");
    }

    /** A source's file name without its extension: the folder its PNGs go into when there are several. */
    static String stem(Path source) {
        String name = String.valueOf(source.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
