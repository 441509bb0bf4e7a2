package io.offerkit.ui.session;

import io.offerkit.imaging.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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

    /**
     * Saves {@code image} as {@code folder/<prefix>-<date-time>.png} (numbered when taken), never over a file: the
     * PNG is written whole to a temporary file first and then moved to a name nobody holds, so a file that appears
     * under that name meanwhile is kept and the next number taken.
     */
    public static Path save(BufferedImage image, Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        String base = prefix + "-" + LocalDateTime.now().format(STAMP);
        Path temporary = Files.createTempFile(folder, "." + prefix + "-", ".part");
        try {
            Files.write(temporary, PngEncoder.encode(image));
            for (int n = 1; ; n++) {
                Path file = folder.resolve(base + (n == 1 ? "" : "-" + n) + ".png");
                if (Files.exists(file)) {
                    continue;
                }
                try {
                    // No REPLACE_EXISTING: a file made under this name since the check is not written over.
                    return Files.move(temporary, file);
                } catch (FileAlreadyExistsException taken) {
                    // someone took the name in between: try the next number
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
