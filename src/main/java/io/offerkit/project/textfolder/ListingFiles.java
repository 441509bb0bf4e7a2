package io.offerkit.project.textfolder;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Listing;
import io.offerkit.project.Media;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One language's listing as the texts of its folder's files, and those texts applied to a listing. Captions and
 * video names are written as the listing holds them, so reading an unchanged folder gives the same listing.
 */
final class ListingFiles {
    private ListingFiles() {
    }

    /** The files of one listing; the screenshot and video files only where there are screenshots or videos. */
    static Map<FieldFile, String> texts(Listing listing, Media shared, Path folder) throws TextFolderException {
        Map<FieldFile, String> files = new EnumMap<>(FieldFile.class);
        files.put(FieldFile.NAME, FieldTexts.ofText(listing.appName()));
        files.put(FieldFile.SUMMARY, FieldTexts.ofText(listing.summary()));
        files.put(descriptionFile(listing.description().format()), FieldTexts.ofText(listing.description().source()));
        files.put(FieldFile.KEYWORDS, list(listing.keywords(), FieldFile.KEYWORDS, folder));
        if (!shared.screenshots().isEmpty() || !listing.captions().isEmpty()) {
            files.put(FieldFile.SCREENSHOTS, list(listing.captions(), FieldFile.SCREENSHOTS, folder));
        }
        if (!shared.videos().isEmpty() || !listing.videoNames().isEmpty()) {
            files.put(FieldFile.VIDEOS, list(listing.videoNames(), FieldFile.VIDEOS, folder));
        }
        return files;
    }

    static FieldFile descriptionFile(DescriptionFormat format) {
        return format == DescriptionFormat.HTML ? FieldFile.DESCRIPTION_HTML : FieldFile.DESCRIPTION_MARKDOWN;
    }

    private static String list(List<String> items, FieldFile field, Path folder) throws TextFolderException {
        String text = FieldTexts.ofList(items);
        if (text == null) {
            throw new TextFolderException(folder.resolve(field.fileName()) + " cannot be written: an item holds a"
                    + " line break, and the file holds " + field.holds() + ". Nothing was written.");
        }
        return text;
    }

    /** {@code base} with the fields of the files read; a field without a file keeps its value. */
    static Listing applied(Listing base, Map<FieldFile, String> texts, Media shared, Path folder)
            throws TextFolderException {
        if (texts.containsKey(FieldFile.DESCRIPTION_MARKDOWN) && texts.containsKey(FieldFile.DESCRIPTION_HTML)) {
            throw new TextFolderException(folder + " holds both description.md and description.html; keep the one"
                    + " the description is written in.");
        }
        Listing listing = base;
        for (Map.Entry<FieldFile, String> file : texts.entrySet()) {
            String text = file.getValue();
            listing = switch (file.getKey()) {
                case NAME -> listing.withAppName(FieldTexts.text(text));
                case SUMMARY -> listing.withSummary(FieldTexts.text(text));
                case DESCRIPTION_MARKDOWN -> listing.withDescription(new Description(DescriptionFormat.MARKDOWN, FieldTexts.text(text)));
                case DESCRIPTION_HTML -> listing.withDescription(new Description(DescriptionFormat.HTML, FieldTexts.text(text)));
                case KEYWORDS -> listing.withKeywords(FieldTexts.list(text));
                case SCREENSHOTS -> listing.withCaptions(counted(FieldTexts.list(text), shared.screenshots().size(),
                        "captions", "screenshots", folder.resolve(file.getKey().fileName())));
                case VIDEOS -> listing.withVideoNames(counted(FieldTexts.list(text), shared.videos().size(),
                        "names", "videos", folder.resolve(file.getKey().fileName())));
            };
        }
        return listing;
    }

    /** A caption or name beyond the project's screenshots or videos would have nothing to stand under: refused. */
    private static List<String> counted(List<String> items, int shared, String what, String of, Path file)
            throws TextFolderException {
        if (items.size() > shared) {
            throw new TextFolderException(file + " has " + items.size() + " " + what + " for the project's " + shared
                    + " " + of + "; one a line, in the " + of + "' order.");
        }
        return items;
    }
}
