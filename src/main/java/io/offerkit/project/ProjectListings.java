package io.offerkit.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A project's listings by language, as one view over two places: the primary language's texts are the top-level
 * fields with the captions and video names of the media (where they always were, so older files are unchanged),
 * the further languages' are {@link Project#listings()}. Callers ask by tag and need not know which is which.
 */
public final class ProjectListings {
    private ProjectListings() {
    }

    /** The further listings as a project holds them: sorted, keys lower-case tags, none for the primary language. */
    static SortedMap<String, Listing> checked(String primary, Map<String, Listing> listings) {
        if (listings == null || listings.isEmpty()) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, Listing> copy = new TreeMap<>();
        listings.forEach((tag, listing) -> {
            if (!LanguageTag.isTag(tag)) {
                String lower = lowerCase(tag);
                throw new IllegalArgumentException("listings: " + (LanguageTag.isTag(lower)
                        ? "\"" + tag + "\" is to be written in lower case (\"" + lower + "\")" : LanguageTag.problem(tag)));
            }
            if (tag.equals(lowerCase(primary))) {
                throw new IllegalArgumentException("listings: \"" + tag + "\" is the project's primary language;"
                        + " its texts are the top-level fields");
            }
            copy.put(tag, listing == null ? Listing.empty() : listing);
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The primary language's tag as a folder or key spells it: the project's language in lower case ("pt-br"). */
    public static String primary(Project project) {
        return lowerCase(project.language());
    }

    /** Every listing language: the primary first, then the further ones in tag order. */
    public static List<String> languages(Project project) {
        List<String> all = new ArrayList<>();
        all.add(primary(project));
        all.addAll(project.listings().keySet());
        return List.copyOf(all);
    }

    public static boolean isPrimary(Project project, String tag) {
        return primary(project).equals(lowerCase(tag));
    }

    /** The listing of one language, or empty where the project has none in it. */
    public static Optional<Listing> listing(Project project, String tag) {
        if (isPrimary(project, tag)) {
            Media media = project.media();
            return Optional.of(new Listing(project.appName(), project.summary(), project.description(),
                    project.keywords(), media.screenshots().stream().map(Screenshot::caption).toList(),
                    media.videos().stream().map(Video::name).toList()));
        }
        return Optional.ofNullable(project.listings().get(lowerCase(tag)));
    }

    /**
     * The project with one language's listing set (added where it had none). For the primary language the captions
     * and video names go to the shared screenshots and videos by position; ones beyond the set are not kept, so a
     * caller that must not lose text checks the counts first.
     */
    public static Project with(Project project, String tag, Listing listing) {
        if (isPrimary(project, tag)) {
            Media media = project.media();
            List<Screenshot> shots = new ArrayList<>(media.screenshots());
            for (int i = 0; i < shots.size(); i++) {
                shots.set(i, shots.get(i).withCaption(listing.caption(i)));
            }
            List<Video> videos = new ArrayList<>(media.videos());
            for (int i = 0; i < videos.size(); i++) {
                videos.set(i, videos.get(i).withName(listing.videoName(i)));
            }
            return project.withAppName(listing.appName()).withSummary(listing.summary())
                    .withDescription(listing.description()).withKeywords(listing.keywords())
                    .withMedia(new Media(shots, videos));
        }
        Map<String, Listing> copy = new TreeMap<>(project.listings());
        copy.put(LanguageTag.of(tag).value(), listing);
        return project.withListings(copy);
    }

    /**
     * The project as it reads in a further language: that listing's texts, captions and video names at the top level,
     * its tag as the language, no further listings. The checks judge a translation through this view.
     */
    public static Project viewedIn(Project project, String tag) {
        Listing listing = listing(project, tag).orElseThrow(() -> new IllegalArgumentException("no listing in " + tag));
        if (isPrimary(project, tag)) {
            return project.withListings(Map.of());
        }
        return with(project.withListings(Map.of()).withLanguage(lowerCase(tag)), tag, listing);
    }

    /**
     * The project with a further language's listing as its primary one (the top-level fields) and the former primary
     * listing kept as a further one under its tag: switching the language being edited, nothing lost.
     */
    public static Project madePrimary(Project project, String tag) {
        String chosen = lowerCase(tag);
        Listing listing = project.listings().get(chosen);
        if (listing == null) {
            throw new IllegalArgumentException("no listing in " + tag);
        }
        String former = primary(project);
        Map<String, Listing> others = new TreeMap<>(project.listings());
        others.remove(chosen);
        others.put(LanguageTag.of(former).value(), listing(project, former).orElseThrow());
        Project switched = new Project(project.profileId(), project.appName(), project.summary(),
                project.description(), project.keywords(), project.products(), chosen, project.logo(),
                project.documents(), project.links(), project.attestations(), project.media(), project.details(),
                project.handoff(), others);
        return with(switched, chosen, listing);
    }

    /** The project without a further language's listing; the primary one cannot be removed this way. */
    public static Project without(Project project, String tag) {
        if (isPrimary(project, tag)) {
            throw new IllegalArgumentException(tag + " is the primary language; choose another primary first");
        }
        Map<String, Listing> copy = new TreeMap<>(project.listings());
        copy.remove(lowerCase(tag));
        return project.withListings(copy);
    }

    private static String lowerCase(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }
}
