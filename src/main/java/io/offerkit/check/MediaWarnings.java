package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checklist's media rules say about one screenshot or video, for the editor that shows it: the same rules
 * (caption, size and shape, address, thumbnail) judging this entry alone, and the group's count, so the section and
 * the checklist never disagree and no rule is written twice.
 */
public final class MediaWarnings {
    private static final List<EachMediaRule> SCREENSHOT_RULES = List.of(new MediaCaptionRule(), new MediaSizeRule());
    private static final List<EachMediaRule> VIDEO_RULES = List.of(new MediaCaptionRule(), new MediaSizeRule(),
            new VideoAddressRule(), new VideoThumbnailRule());
    private static final MediaSizeRule SIZE = new MediaSizeRule();
    private static final MediaCountRule COUNT = new MediaCountRule();

    private MediaWarnings() {
    }

    /**
     * The problems and advisories of entry {@code index} (from 1, in listing order) of the profile's group of
     * {@code kind}, then the group's count when it is off; empty when the profile has no such group or entry.
     */
    public static List<String> of(Profile profile, Project project, MediaKind kind, int index, MediaFacts facts) {
        MediaGroup group = profile.mediaGroup(kind).orElse(null);
        if (group == null) {
            return List.of();
        }
        List<MediaItems> items = MediaItems.of(group, project);
        if (index < 1 || index > items.size()) {
            return List.of();
        }
        CheckContext context = new CheckContext(profile, project, null, null, null, List.of(), facts);
        List<String> said = new ArrayList<>();
        for (EachMediaRule rule : kind == MediaKind.VIDEO ? VIDEO_RULES : SCREENSHOT_RULES) {
            Verdict verdict = rule.judge(context, group, items.get(index - 1));
            if (verdict != null) {
                said.add(verdict.message());
            }
        }
        count(profile, project, kind).ifPresent(said::add);
        return said;
    }

    /**
     * What the size rule alone says of entry {@code index} (from 1) of the group of {@code kind} (upscaled, far from
     * the group's shape, unreadable), as the checklist's media-size item judges each entry; empty when nothing.
     */
    public static Optional<String> size(Profile profile, Project project, MediaKind kind, int index, MediaFacts facts) {
        MediaGroup group = profile.mediaGroup(kind).orElse(null);
        List<MediaItems> items = group == null ? List.of() : MediaItems.of(group, project);
        if (index < 1 || index > items.size()) {
            return Optional.empty();
        }
        CheckContext context = new CheckContext(profile, project, null, null, null, List.of(), facts);
        return Optional.ofNullable(SIZE.judge(context, group, items.get(index - 1))).map(Verdict::message);
    }

    /** What the count rule says when the group holds too few or too many, else empty. */
    public static Optional<String> count(Profile profile, Project project, MediaKind kind) {
        return profile.mediaGroup(kind).map(group -> COUNT.apply(
                        new CheckContext(profile, project, null, null, null, List.of(), MediaFacts.of(Map.of())), group.id()))
                .filter(verdict -> verdict.kind() != Verdict.Kind.OK).map(Verdict::message);
    }
}
