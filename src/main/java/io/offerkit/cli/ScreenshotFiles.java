package io.offerkit.cli;

import io.offerkit.bundle.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code screenshots} names its PNGs (DIR/NN-&lt;slug&gt;.png, in argument order). */
final class ScreenshotFiles {
    /** The slug of a capture whose name has no letter or digit at all ("___.png"). */
    private static final String NO_NAME = "screenshot";

    private ScreenshotFiles() {
    }

    /** The target of each capture: 01-&lt;slug&gt;.png, 02-..., in the order given; the number keeps them apart. */
    static List<Path> of(Path out, List<Path> captures) {
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            targets.add(out.resolve(String.format(Locale.ROOT, "%02d-%s.png", i + 1, slug(captures.get(i)))));
        }
        return targets;
    }

    /**
     * The file name without its extension as lower-case letters, digits and dashes: accents dropped ("Übersicht" ->
     * "ubersicht"), every other run of characters one dash, none at the ends. "My Screen_1.PNG" -> "my-screen-1".
     */
    static String slug(Path capture) {
        return FileNames.slug(GenerateFolders.stem(capture), NO_NAME);
    }
}
