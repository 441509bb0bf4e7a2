package io.offerkit.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.common.AtomicFiles;
import io.offerkit.common.ByteSizes;
import io.offerkit.common.Json;
import io.offerkit.common.Reasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes {@code *.offerkit} project files: JSON with a format header, paths relative to the file's folder
 * ("../" where needed, so a project folder, or the tree holding it and its files, can be moved or shared), written atomically so a crash leaves the old or the new file, never a
 * broken one.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".offerkit";
    public static final String FORMAT = "offerkit-project";
    public static final int FORMAT_VERSION = 1;
    private static final long MAX_PROJECT_BYTES = 16L * 1024 * 1024;

    private ProjectFiles() {
    }

    /** A project as read, with the stamp of the very bytes it was read from (to notice later changes on disk). */
    public record Opened(Project project, FileStamp stamp) {
    }

    public static Project read(Path file) throws ProjectException {
        return open(file).project();
    }

    /** Reads the project file once: the project and the stamp of those same bytes. */
    public static Opened open(Path file) throws ProjectException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PROJECT_BYTES) {
                throw new ProjectException(name + " is not a project file: it is larger than "
                        + ByteSizes.wholeMegabytes(MAX_PROJECT_BYTES) + ".");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException("Project file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ProjectException("Could not read " + file + ": " + Reasons.of(e) + ".", e);
        }
        Project project = parse(bytes, name);
        Path base = file.toAbsolutePath().getParent();
        return new Opened(project.mapPaths(p -> base.resolve(p).normalize().toString()), FileStamp.of(file, bytes));
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
        } catch (ValueInstantiationException e) {
            // A value the project itself refuses (a listing's tag): its own words, not Jackson's about the class.
            String why = e.getCause() instanceof IllegalArgumentException refused ? refused.getMessage() : e.getOriginalMessage();
            String where = Json.field(e).map(field -> "\"" + field + "\": ").orElse("");
            throw new ProjectException(name + " is damaged: " + where + why + ".", e);
        } catch (JacksonException e) {
            throw new ProjectException(name + " is damaged" + Json.problem(e) + ".", e);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(name + " is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException("Could not read " + name + ": " + Reasons.of(e) + ".", e);
        }
    }

    /** Writes the project atomically; every path is stored relative to the project file's folder where it can be. */
    public static void write(Project project, Path file) throws ProjectException {
        write(project, file, null);
    }

    /**
     * Saves over a project file this session read or saved before, unless another program changed it since:
     * {@code expected} is the stamp of what this session last read or wrote (null: no earlier version to protect).
     * A file that was deleted meanwhile is written again (nothing of anyone's is lost). The check and the move are
     * separate steps, so a change landing within that instant is not seen; anything earlier is.
     *
     * @return the stamp of the bytes written, to pass to the next save
     * @throws ProjectChangedOnDiskException when the file holds other bytes than {@code expected}; nothing is written
     */
    public static FileStamp write(Project project, Path file, FileStamp expected) throws ProjectException {
        if (expected != null && expected.compareContent(file) == FileStamp.Change.CHANGED) {
            throw new ProjectChangedOnDiskException(file.getFileName() + " was changed by another program since it was"
                    + " opened or last saved here. Nothing was written: overwrite that change, or save your version"
                    + " beside it as " + asideOf(file).getFileName() + ".");
        }
        Path base = file.toAbsolutePath().getParent();
        byte[] bytes = toBytes(project, base);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new ProjectException("Could not save " + file + ": " + Reasons.of(e)
                    + ". The previous version of the file is unchanged.", e);
        }
        return FileStamp.of(file, bytes);
    }

    /** Where to keep one's own version beside a project file changed by someone else: "name (mine).offerkit", -2... */
    public static Path asideOf(Path file) {
        Path absolute = file.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        Path aside = absolute.resolveSibling(stem + " (mine)" + EXTENSION);
        for (int n = 2; Files.exists(aside); n++) {
            aside = absolute.resolveSibling(stem + " (mine " + n + ")" + EXTENSION);
        }
        return aside;
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

    /**
     * Relative to the project's folder, with "../" for a file beside or above it, so a folder tree moved or shared as
     * a whole keeps working. Absolute only where no relative path exists: another drive or share (Windows).
     */
    private static String relativize(Path base, String path) {
        Path normalized = Path.of(path).toAbsolutePath().normalize();
        if (!Objects.equals(base.getRoot(), normalized.getRoot())) {
            return normalized.toString();
        }
        return base.relativize(normalized).toString().replace('\\', '/');
    }
}
