package io.offerkit.bundle;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.MediaRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngWithinLimit;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.project.SourceFiles;
import io.offerkit.project.Video;
import io.offerkit.project.VideoAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The listing's screenshots and video thumbnails as bundle files: each rendered from the full capture (the bytes the
 * export read once, the same that go into {@code sources/}) through {@link MediaRenderer} into its group's slot, and
 * encoded within the group's byte limit, as {@code offerkit screenshots} does. Named NN-slug in project order, the
 * slug from the caption (a video's name), else the capture's file name.
 */
final class MediaFiles {
    /** Slugs are cut to this length so a long caption still makes a file name every system takes. */
    private static final int MAX_SLUG = 60;

    private MediaFiles() {
    }

    /**
     * One exported screenshot or video, as {@code offer.json} and {@code report.html} list it.
     *
     * @param file    the PNG in the bundle; null for a video without a thumbnail yet, or when it could not be made
     * @param caption the screenshot's caption or the video's name, as typed
     * @param address for a video: the canonical address when it is valid, else as typed; null for a screenshot
     * @param problem why the PNG could not be made (its capture or thumbnail is missing or unreadable); else null
     */
    record Entry(MediaKind kind, String file, String caption, String address, String problem) {
    }

    /** Whether some screenshot or thumbnail could not be made: the bundle is then a draft, whatever the checklist. */
    static boolean incomplete(List<Entry> entries) {
        return entries.stream().anyMatch(e -> e.problem() != null);
    }

    /** How many export steps {@link #add} reports: one per image it renders. */
    static int steps(Media media) {
        return media.screenshots().size() + (int) media.videos().stream().filter(v -> v.thumbnail() != null).count();
    }

    /** Renders every screenshot, then every video's thumbnail, into {@code files}; reports a step before each. */
    static List<Entry> add(Media media, Profile profile, SourceFiles disk, Map<String, byte[]> files,
                           Steps steps) throws BundleException {
        List<Entry> entries = new ArrayList<>();
        List<Screenshot> shots = media.screenshots();
        MediaGroup shotGroup = shots.isEmpty() ? null : group(profile, MediaKind.SCREENSHOT, shots.size());
        for (int i = 0; i < shots.size(); i++) {
            Screenshot shot = shots.get(i);
            ImageSlot slot = shotGroup.slot(i + 1);
            String file = BundleLayout.screenshot(i + 1, slug(shot.caption(), shot.source(), "screenshot"));
            steps.step("Rendering " + slot.label());
            String problem = put(files, file, disk, shot.source(), shotGroup, slot, shot.framing(), shot.redactions(),
                    steps);
            entries.add(new Entry(MediaKind.SCREENSHOT, problem == null ? file : null, shot.caption(), null, problem));
        }
        List<Video> videos = media.videos();
        MediaGroup videoGroup = videos.isEmpty() ? null : group(profile, MediaKind.VIDEO, videos.size());
        for (int i = 0; i < videos.size(); i++) {
            Video video = videos.get(i);
            String file = null;
            String problem = null;
            if (video.thumbnail() != null) {
                ImageSlot slot = videoGroup.slot(i + 1);
                file = BundleLayout.videoThumbnail(i + 1, slug(video.name(), video.thumbnail(), "video"));
                steps.step("Rendering " + slot.label());
                problem = put(files, file, disk, video.thumbnail(), videoGroup, slot, video.framing(), List.of(), steps);
                file = problem == null ? file : null;
            }
            String address = VideoAddress.parse(video.address()).address().map(VideoAddress::url).orElse(video.address());
            entries.add(new Entry(MediaKind.VIDEO, file, video.name(), address, problem));
        }
        return entries;
    }

    /** Reports one step of the export; throws when the export was cancelled. */
    interface Steps {
        void step(String what) throws BundleException;

        boolean cancelled();
    }

    private static MediaGroup group(Profile profile, MediaKind kind, int count) throws BundleException {
        String what = kind == MediaKind.SCREENSHOT ? "screenshots" : "videos";
        MediaGroup group = profile.mediaGroup(kind).orElseThrow(() -> new BundleException("The profile "
                + profile.title() + " takes no " + what + ", but the project has " + count
                + ". Nothing was written; remove them or choose another profile."));
        if (count > group.maxCount()) {
            throw new BundleException("The project has " + count + " " + what + "; " + profile.title()
                    + " takes at most " + group.maxCount() + ". Nothing was written; remove "
                    + (count - group.maxCount()) + " and export again.");
        }
        return group;
    }

    /**
     * Renders one screenshot or thumbnail into {@code files} under {@code file}; returns why it could not be made
     * (its image is missing or unreadable), else null. Like an unreadable logo, that does not stop the export: the
     * bundle goes on as a draft that names the image and the reason, so the rest of the work is not lost.
     */
    private static String put(Map<String, byte[]> files, String file, SourceFiles disk, String source,
                              MediaGroup group, ImageSlot slot, Framing framing, List<Redaction> redactions,
                              Steps steps) throws BundleException {
        RenderedSlot rendered;
        try {
            SourceImage capture = Exporter.decode(disk, Path.of(source));
            rendered = MediaRenderer.render(capture, slot, framing, redactions,
                    ProgressMonitor.of(steps::cancelled, fraction -> { }));
        } catch (ImagingException e) {
            return slot.label() + " could not be made from " + Path.of(source).getFileName() + ": " + e.getMessage()
                    + " Relink it and export again.";
        } catch (CancelledException e) {
            throw new BundleException("Export cancelled; nothing was written.", e);
        }
        Integer maxBytes = group.maxBytes();
        files.put(file, PngWithinLimit.encode(rendered.image(), maxBytes == null ? 0 : maxBytes).bytes());
        return null;
    }

    static String slug(String caption, String source, String fallback) {
        String slug = FileNames.slug(caption, null);
        if (slug == null) {
            String name = source == null ? "" : String.valueOf(Path.of(source).getFileName());
            int dot = name.lastIndexOf('.');
            slug = FileNames.slug(dot > 0 ? name.substring(0, dot) : name, fallback);
        }
        return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
}
