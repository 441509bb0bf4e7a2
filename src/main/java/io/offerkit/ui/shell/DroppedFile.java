package io.offerkit.ui.shell;

import io.offerkit.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file dropped on the window means: a project to open, or (anything else) a logo to try. */
public record DroppedFile(Path path, boolean project) {

    public static Optional<DroppedFile> of(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return Optional.empty();
        }
        Path file = files.get(0);
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return Optional.of(new DroppedFile(file, name.endsWith(ProjectFiles.EXTENSION)));
    }
}
