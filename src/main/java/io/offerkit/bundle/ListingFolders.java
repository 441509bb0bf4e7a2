package io.offerkit.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.check.ListingChecks;
import io.offerkit.common.Json;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.LanguageTag;
import io.offerkit.project.Listing;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import io.offerkit.text.DescriptionRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each further listing language in a bundle: its own folder {@code listings/<tag>/} with its description (the
 * marketplace's HTML and the source as written) and its captions and video names one a line, and in offer.json a
 * "listings" entry per language saying what it holds. The screenshots and videos are the shared set, named once.
 * A single-language project gets neither, so its bundle is what it was before listings per language.
 */
final class ListingFolders {
    static final String FOLDER = "listings/";

    private ListingFolders() {
    }

    /** Adds every further language's folder to {@code files}. */
    static void add(Project project, Profile profile, Map<String, byte[]> files) {
        for (String tag : ListingChecks.furtherInUse(profile, project)) {
            Listing listing = project.listings().get(tag);
            profile.textField("description").ifPresent(spec -> files.put(file(tag, "description.html"),
                    BundleBuilder.utf8(DescriptionRenderer.render(listing.description(), spec).html() + "\n")));
            files.put(file(tag, listing.description().format() == DescriptionFormat.MARKDOWN ? "description.md" : "source.html"),
                    BundleBuilder.utf8(listing.description().source()));
            if (!project.media().screenshots().isEmpty()) {
                files.put(file(tag, "screenshots.txt"), lines(project.media().screenshots().size(), listing.captions()));
            }
            if (!project.media().videos().isEmpty()) {
                files.put(file(tag, "videos.txt"), lines(project.media().videos().size(), listing.videoNames()));
            }
        }
    }

    /** offer.json's "listings": every language, the primary first, with its texts and files; nothing for one language. */
    static void json(ObjectNode root, Profile profile, Project project, List<MediaFiles.Entry> media,
                     Map<String, byte[]> files) {
        List<String> further = ListingChecks.furtherInUse(profile, project);
        if (further.isEmpty()) {
            return;
        }
        ArrayNode listings = root.putArray("listings");
        List<String> languages = new ArrayList<>();
        languages.add(ProjectListings.primary(project));
        languages.addAll(further);
        for (String tag : languages) {
            boolean primary = ProjectListings.isPrimary(project, tag);
            Listing listing = ProjectListings.listing(project, tag).orElseThrow();
            ObjectNode node = listings.addObject().put("language", tag)
                    .put("name", LanguageTag.isTag(tag) ? LanguageTag.of(tag).displayName() : tag).put("primary", primary)
                    .put("appName", listing.appName()).put("summary", listing.summary());
            node.set("keywords", Json.mapper().valueToTree(listing.keywords()));
            String prefix = primary ? "description/" : FOLDER + tag + "/";
            node.set("files", Json.mapper().valueToTree(files.keySet().stream().filter(p -> p.startsWith(prefix)).toList()));
            ArrayNode screenshots = node.putArray("screenshots");
            ArrayNode videos = node.putArray("videos");
            int shot = 0;
            int video = 0;
            for (MediaFiles.Entry entry : media) {
                if (entry.kind() == MediaKind.SCREENSHOT) {
                    screenshots.addObject().put("file", entry.file()).put("caption", listing.caption(shot++));
                } else {
                    videos.addObject().put("name", listing.videoName(video++)).put("thumbnail", entry.file());
                }
            }
        }
    }

    private static String file(String tag, String name) {
        return FOLDER + tag + "/" + name;
    }

    /** One line per item of the shared set, "" where this language has none yet, so line n is item n. */
    private static byte[] lines(int count, List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(i < items.size() ? items.get(i).replaceAll("\\R", " ") : "");
        }
        return BundleBuilder.utf8(String.join("\n", lines) + "\n");
    }
}
