package io.offerkit.project.textfolder;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.Reasons;
import io.offerkit.project.LanguageTag;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a project's listings as a text folder for translators: {@code DIR/<language>/<field>} in UTF-8, one folder
 * per listing language. A file already there is written over only where it holds the very bytes it would get (an
 * earlier export, or one imported since); one holding other text is somebody's work, so then nothing is written.
 */
public final class TextFolderExport {
    private TextFolderExport() {
    }

    /** Writes the folder and returns the files written, in language and field order. */
    public static List<Path> write(Project project, Path dir) throws TextFolderException {
        Map<Path, byte[]> files = files(project, dir);
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            refuseOther(file.getKey(), file.getValue());
        }
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                AtomicFiles.write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new TextFolderException("Could not write into " + dir + ": " + Reasons.of(e) + ".", e);
        }
        return List.copyOf(files.keySet());
    }

    private static Map<Path, byte[]> files(Project project, Path dir) throws TextFolderException {
        String primary = ProjectListings.primary(project);
        if (!LanguageTag.isTag(primary)) {
            throw new TextFolderException("The project's language \"" + project.language() + "\" is not a language"
                    + " tag (such as en-us); set it in the project first. Nothing was written.");
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String language : ProjectListings.languages(project)) {
            Path folder = dir.resolve(language);
            var listing = ProjectListings.listing(project, language).orElseThrow();
            for (Map.Entry<FieldFile, String> file : ListingFiles.texts(listing, project.media(), folder).entrySet()) {
                files.put(folder.resolve(file.getKey().fileName()), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            // The description in the other format from an earlier export would be read back beside this one.
            FieldFile other = listing.description().format() == io.offerkit.project.DescriptionFormat.HTML
                    ? FieldFile.DESCRIPTION_MARKDOWN : FieldFile.DESCRIPTION_HTML;
            if (Files.exists(folder.resolve(other.fileName()), LinkOption.NOFOLLOW_LINKS)) {
                throw new TextFolderException(folder.resolve(other.fileName()) + " already exists, and this"
                        + " description is written in " + (other == FieldFile.DESCRIPTION_HTML ? "Markdown" : "HTML")
                        + "; nothing was written. Import that folder first, or export into a new folder.");
            }
        }
        return files;
    }

    private static void refuseOther(Path file, byte[] bytes) throws TextFolderException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
        } catch (IOException e) {
            throw new TextFolderException("Could not read " + file + ": " + Reasons.of(e) + ".", e);
        }
        throw new TextFolderException(file + " already exists with other text; nothing was written. Import that"
                + " folder first, or export into a new folder.");
    }
}
