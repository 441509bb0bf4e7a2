package io.offerkit.ui.app;

import io.offerkit.demo.DemoProject;
import io.offerkit.project.ProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled demo project lives on this machine: {@code ~/.offerkit/demo} (or {@code offerkit.home}). It is
 * written when missing and otherwise left alone, so the user's edits to the demo survive a restart.
 */
public final class DemoLocation {
    private DemoLocation() {
    }

    /** Where the demo project file is (or will be, once {@link #ensureDemo} wrote it). */
    public static Path demoFile(Path dataDir) {
        return dataDir.resolve("demo").resolve(DemoProject.FILE_NAME);
    }

    public static Path ensureDemo(Path dataDir) throws IOException, ProjectException {
        Path folder = dataDir.resolve("demo");
        Path file = demoFile(dataDir);
        return Files.isRegularFile(file) && Files.isRegularFile(folder.resolve("logo.png")) ? file : DemoProject.write(folder);
    }
}
