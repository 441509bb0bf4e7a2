package io.offerkit.ui.session;

import io.offerkit.imaging.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Saves an image pasted from the clipboard as a PNG file, because a project refers to its images by path: next to the
 * project file when there is one (so the project folder stays self-contained), else in OfferKit's data folder.
 */
public final class PastedImages {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PastedImages() {
    }

    /** Saves {@code image} as {@code folder/<prefix>-<date-time>.png} (numbered when taken), never over a file. */
    public static Path save(BufferedImage image, Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        String base = prefix + "-" + LocalDateTime.now().format(STAMP);
        Path file = folder.resolve(base + ".png");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".png");
        }
        Files.write(file, PngEncoder.encode(image));
        return file;
    }
}
