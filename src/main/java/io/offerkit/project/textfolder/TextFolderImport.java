package io.offerkit.project.textfolder;

import io.offerkit.common.Reasons;
import io.offerkit.project.LanguageTag;
import io.offerkit.project.Listing;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a translators' text folder into a project: every file is read and judged first, and only a folder without
 * a single problem changes the project, so a refusal leaves nothing half imported. A folder of a language the
 * project lacks adds its listing where the offer takes that many languages. Names starting with a dot (.git,
 * .DS_Store) are not the translators' and are passed over.
 */
public final class TextFolderImport {
    private TextFolderImport() {
    }

    /** The project with the folder's texts, and per language what changed ("de-de: summary"), in tag order. */
    public record Result(Project project, List<String> changes) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /**
     * @param languageLimit how many listing languages the offer takes ({@code Profile.listingLanguageLimit()})
     * @param offer         the offer type's name, for the message refusing one language too many
     */
    public static Result apply(Project project, Path dir, int languageLimit, String offer) throws TextFolderException {
        Map<String, Map<FieldFile, String>> folders = read(dir);
        Project updated = project;
        List<String> changes = new ArrayList<>();
        int languages = ProjectListings.languages(project).size();
        for (Map.Entry<String, Map<FieldFile, String>> folder : folders.entrySet()) {
            String tag = folder.getKey();
            Listing base = ProjectListings.listing(project, tag).orElse(null);
            if (base == null && ++languages > languageLimit) {
                throw new TextFolderException(dir.resolve(tag) + " would add a listing in "
                        + LanguageTag.of(tag).displayName() + "; the offer type \"" + offer + "\" takes " + limit(languageLimit)
                        + "; nothing was imported.");
            }
            Listing read = ListingFiles.applied(base == null ? Listing.empty() : base, folder.getValue(),
                    project.media(), dir.resolve(tag));
            if (base == null || !read.equals(base)) {
                updated = ProjectListings.with(updated, tag, read);
                changes.add(tag + (base == null ? ": added" : ": " + String.join(", ", Differences.of(base, read))));
            }
        }
        return new Result(updated, List.copyOf(changes));
    }

    private static String limit(int languageLimit) {
        return languageLimit == 1 ? "one listing language" : "at most " + languageLimit + " listing languages";
    }

    /** Every language folder's field files, read and judged; the first problem refuses the whole folder. */
    private static Map<String, Map<FieldFile, String>> read(Path dir) throws TextFolderException {
        if (!Files.isDirectory(dir)) {
            throw new TextFolderException(dir + " is not a folder; nothing was imported.");
        }
        Map<String, Map<FieldFile, String>> folders = new TreeMap<>();
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            String tag = name.toLowerCase(Locale.ROOT);
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || !LanguageTag.isTag(tag)) {
                throw new TextFolderException(entry + " is not a language folder: the text folder holds one folder"
                        + " per language, named by its tag (such as en-us or de-de); nothing was imported.");
            }
            if (folders.containsKey(tag)) {
                throw new TextFolderException(entry + " is a second folder of " + tag + "; keep one. Nothing was imported.");
            }
            folders.put(tag, fields(entry));
        }
        return folders;
    }

    private static Map<FieldFile, String> fields(Path folder) throws TextFolderException {
        Map<FieldFile, String> texts = new EnumMap<>(FieldFile.class);
        for (Path file : entries(folder)) {
            FieldFile field = FieldFile.named(file.getFileName().toString()).orElse(null);
            if (field == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new TextFolderException(file + " is not a listing field: a language folder holds "
                        + FieldFile.names() + "; nothing was imported.");
            }
            texts.put(field, TextFile.read(file, field));
        }
        return texts;
    }

    private static List<Path> entries(Path folder) throws TextFolderException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new TextFolderException("Could not read " + folder + ": " + Reasons.of(e) + ".", e);
        }
    }
}
