package io.offerkit.ui.inspect;

import io.offerkit.bundle.Bundle;
import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.BundleLayout;
import io.offerkit.bundle.BundleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what a designer drops into the images to inspect: image files as they are, the images in a folder (an
 * exported bundle folder included, through its logos/ folder), and the logos of an exported bundle ZIP, read
 * safely with the bundle reader and written to a temporary folder so they are inspected like any file.
 */
public final class InspectInputs {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff");
    /** A bundle nests logos one level down; deeper trees are more likely a whole disk dropped by mistake. */
    private static final int FOLDER_DEPTH = 3;
    private static final int MAX_FILES = 500;

    private InspectInputs() {
    }

    public static List<InspectInput> expand(List<Path> dropped, Path scratch) throws IOException, BundleException {
        List<InspectInput> inputs = new ArrayList<>();
        for (Path path : dropped) {
            if (Files.isDirectory(path)) {
                inputs.addAll(folder(path));
            } else if (extension(path).equals("zip")) {
                inputs.addAll(zip(path, scratch));
            } else {
                inputs.add(new InspectInput(String.valueOf(path.getFileName()), path));
            }
        }
        return inputs.size() > MAX_FILES ? inputs.subList(0, MAX_FILES) : inputs;
    }

    private static List<InspectInput> folder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, FOLDER_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> IMAGE_EXTENSIONS.contains(extension(f)))
                    .sorted()
                    .map(f -> new InspectInput(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/'), f))
                    .toList();
        }
    }

    private static List<InspectInput> zip(Path zip, Path scratch) throws IOException, BundleException {
        Bundle bundle = BundleReader.read(zip);
        Path target = Files.createDirectories(scratch.resolve(String.valueOf(zip.getFileName()).replaceAll("[^A-Za-z0-9._-]", "_")));
        List<InspectInput> inputs = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : bundle.files().entrySet()) {
            String name = entry.getKey();
            if (name.startsWith(BundleLayout.LOGOS) && extension(Path.of(name)).equals("png")) {
                // The reader has already refused names escaping the bundle; keep only the last segment anyway.
                Path file = target.resolve(String.valueOf(Path.of(name).getFileName()));
                Files.write(file, entry.getValue());
                inputs.add(new InspectInput(zip.getFileName() + " › " + name, file));
            }
        }
        return inputs;
    }

    private static String extension(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
