package io.offerkit.bundle;

import io.offerkit.project.ProjectFiles;
import java.nio.file.Path;

/** Opens a bundle for editing: reads it safely, writes it into an empty folder and names the project file in it. */
public final class BundleUnpacker {
    private BundleUnpacker() {
    }

    /** Returns the project file inside {@code emptyDir}; a hostile or project-less bundle is refused unwritten. */
    public static Path unpack(Path bundlePath, Path emptyDir) throws BundleException {
        Bundle bundle = BundleReader.read(bundlePath);
        String project = bundle.files().keySet().stream()
                .filter(p -> !p.contains("/") && p.endsWith(ProjectFiles.EXTENSION))
                .findFirst()
                .orElseThrow(() -> new BundleException(bundlePath.getFileName()
                        + " holds no project file (*" + ProjectFiles.EXTENSION + "); it cannot be opened for editing."));
        BundleReader.extract(bundle, emptyDir);
        return emptyDir.toAbsolutePath().normalize().resolve(project);
    }
}
