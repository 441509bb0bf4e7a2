package io.offerkit.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Unsaved work kept aside: one recovery file per project (named by a hash of the project's path, or "untitled"),
 * written atomically, offered back when it is newer than the project it belongs to, and removed on save.
 */
public final class RecoveryFiles {
    public static final String UNTITLED = "untitled";
    private final Path folder;

    public RecoveryFiles(Path folder) {
        this.folder = folder;
    }

    /** The recovery file of a project file, or of the untitled project when {@code projectFile} is null. */
    public Path fileFor(Path projectFile) {
        return folder.resolve(key(projectFile) + ProjectFiles.EXTENSION);
    }

    static String key(Path projectFile) {
        if (projectFile == null) {
            return UNTITLED;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    projectFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void write(Project project, Path projectFile) throws ProjectException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectException("Could not create the recovery folder " + folder + ": " + e.getMessage(), e);
        }
        ProjectFiles.write(project, fileFor(projectFile));
    }

    /**
     * The unsaved work of a project when its recovery file is newer than the project file (or the project file is
     * gone, or it is the untitled project); empty when there is none or it cannot be read.
     */
    public Optional<Project> newerThan(Path projectFile) {
        Path recovery = fileFor(projectFile);
        try {
            if (!Files.isRegularFile(recovery)) {
                return Optional.empty();
            }
            if (projectFile != null && Files.isRegularFile(projectFile)
                    && Files.getLastModifiedTime(recovery).compareTo(Files.getLastModifiedTime(projectFile)) <= 0) {
                return Optional.empty();
            }
            Project kept = ProjectFiles.read(recovery);
            if (projectFile != null && Files.isRegularFile(projectFile) && kept.equals(ProjectFiles.read(projectFile))) {
                return Optional.empty(); // the same as the saved project (undone back to it): nothing to recover
            }
            return Optional.of(kept);
        } catch (IOException | ProjectException e) {
            return Optional.empty(); // a damaged recovery file offers nothing; the project itself is untouched
        }
    }

    public void clear(Path projectFile) {
        try {
            Files.deleteIfExists(fileFor(projectFile));
        } catch (IOException e) {
            // Left behind, it is offered once more on the next start; the user can discard it then.
        }
    }
}
