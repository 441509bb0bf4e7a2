package io.offerkit.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.common.AtomicFiles;
import io.offerkit.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code *.offerkit} project files: JSON with a format header, paths relative to the file (so a
 * project folder can be moved or shared), written atomically so a crash leaves the old or the new file, never a
 * broken one.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".offerkit";
    public static final String FORMAT = "offerkit-project";
    public static final int FORMAT_VERSION = 1;
    private static final long MAX_PROJECT_BYTES = 16L * 1024 * 1024;

    private ProjectFiles() {
    }

    public static Project read(Path file) throws ProjectException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PROJECT_BYTES) {
                throw new ProjectException(name + " is not a project file: it is larger than 16 MB.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException("Project file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ProjectException("Could not read " + file + ": " + e.getMessage(), e);
        }
        Project project = parse(bytes, name);
        Path base = file.toAbsolutePath().getParent();
        return project.mapPaths(p -> base.resolve(p).normalize().toString());
    }

    static Project parse(byte[] bytes, String name) throws ProjectException {
        try {
            JsonNode root = Json.mapper().readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new ProjectException(name + " is not an OfferKit project: it holds no JSON object.");
            }
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new ProjectException(name + " is not an OfferKit project: its \"format\" is not \"" + FORMAT + "\".");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version > FORMAT_VERSION) {
                throw new ProjectException(name + " was written by a newer OfferKit (format version " + version
                        + "); this version reads up to " + FORMAT_VERSION + ".");
            }
            Project project = Json.mapper().treeToValue(root, Project.class);
            if (project.profileId() == null || project.profileId().isBlank()) {
                throw new ProjectException(name + " names no requirement profile (\"profileId\").");
            }
            return project;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ProjectException(name + " is damaged" + where + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(name + " is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException("Could not read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes the project atomically; paths inside the project file's folder are stored relative to it. */
    public static void write(Project project, Path file) throws ProjectException {
        Path base = file.toAbsolutePath().getParent();
        try {
            AtomicFiles.write(file, toBytes(project, base));
        } catch (IOException e) {
            throw new ProjectException("Could not save " + file + ": " + e.getMessage()
                    + ". The previous version of the file is unchanged.", e);
        }
    }

    /** The file's bytes, paths relative to {@code base}: stable across saves so a diff shows only real edits. */
    public static byte[] toBytes(Project project, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        return serialize(project.mapPaths(p -> relativize(absoluteBase, p)));
    }

    /** The file's bytes with every path written exactly as the project holds it (a bundle's relative paths). */
    public static byte[] serialize(Project relative) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.setAll((ObjectNode) Json.mapper().valueToTree(relative));
        try {
            String text = Json.mapper().writeValueAsString(root) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw new IllegalStateException("A project value could not be written as JSON", e);
        }
    }

    private static String relativize(Path base, String path) {
        Path normalized = Path.of(path).toAbsolutePath().normalize();
        if (normalized.startsWith(base)) {
            return base.relativize(normalized).toString().replace('\\', '/');
        }
        return normalized.toString();
    }
}
