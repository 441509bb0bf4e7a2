package io.offerkit.ui.handoff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the hand-off's rendered files wait to be dragged into a browser: a folder of OfferKit's own under the
 * system's temporary folder ({@code offerkit-handoff-<pid>-...}), made when first needed and made by us, so it is
 * the one folder we may empty: it goes when the app quits. The user's own files are never put here.
 */
public final class HandoffFolder {
    private final Path parent;
    private Path folder;

    /** Under {@code java.io.tmpdir}. */
    public HandoffFolder() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Under {@code parent} (a test's temporary folder). */
    public HandoffFolder(Path parent) {
        this.parent = parent;
    }

    /** The folder, made on the first call; called from the worker that renders into it. */
    public synchronized Path path() throws IOException {
        if (folder == null) {
            Files.createDirectories(parent);
            // createTempDirectory makes a new folder or fails: never one that was there before
            folder = Files.createTempDirectory(parent, "offerkit-handoff-" + ProcessHandle.current().pid() + "-");
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "offerkit-handoff-cleanup"));
        }
        return folder;
    }

    /** Deletes the folder we made and what we rendered into it. */
    static void delete(Path made) {
        if (!Files.isDirectory(made)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(made)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the app is quitting: a file left in the temporary folder is the system's to clear
        }
    }
}
