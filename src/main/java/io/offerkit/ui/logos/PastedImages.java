package io.offerkit.ui.logos;

import io.offerkit.imaging.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Saves an image pasted from the clipboard as a PNG file, because a project refers to its logo by path: next to the
 * project file when there is one (so the project folder stays self-contained), else in OfferKit's data folder.
 */
final class PastedImages {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PastedImages() {
    }

    static Path save(BufferedImage image, Path folder) throws IOException {
        Files.createDirectories(folder);
        String base = "pasted-logo-" + LocalDateTime.now().format(STAMP);
        Path file = folder.resolve(base + ".png");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".png");
        }
        Files.write(file, PngEncoder.encode(image));
        return file;
    }
}
