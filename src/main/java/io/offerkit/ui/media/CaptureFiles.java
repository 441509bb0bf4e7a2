package io.offerkit.ui.media;

import io.offerkit.imaging.decode.ImageFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The captures a choice or a drop names: files as given, and for a folder the image files directly in it, by name
 * (a folder of "01-...", "02-..." captures comes in that order). Sub-folders are not searched: a dropped project folder
 * would otherwise bring in every logo and icon.
 */
final class CaptureFiles {
    private static final Set<String> EXTENSIONS = ImageFormats.FILE_PATTERNS.stream()
            .map(p -> p.substring(2).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private CaptureFiles() {
    }

    static List<Path> expand(List<Path> chosen) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : chosen) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inFolder = Files.list(path)) {
                    inFolder.filter(Files::isRegularFile).filter(CaptureFiles::isImageName).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isImageName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
