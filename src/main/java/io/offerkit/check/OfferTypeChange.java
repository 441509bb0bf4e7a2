package io.offerkit.check;

import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * What changing a project's offer type from {@code from} to {@code to} changes, worked out before it happens so the
 * user sees it first: the logo slots and media to fill (the logo and the captures are rendered again at the new
 * sizes from their sources), the fields the new form asks for that are empty, the text over the new limits (counted
 * as the checks count it) and what the new offer does not use, which the project keeps (hidden, never lost). The
 * change itself only sets the profile id, so it is one value and one undo step.
 */
public record OfferTypeChange(Profile from, Profile to, List<ImageSlot> newSlots, List<ImageSlot> droppedSlots,
                              List<MediaChange> media, List<NewField> newFields, List<TextOverLimit> textOverLimits,
                              List<Unused> unused) {

    /** What a text limit counts. */
    public enum Unit { CHARACTERS, WORDS, ITEMS }

    /**
     * A media group of the new offer that differs from the old one's: new ({@code fromSize} null), of another size
     * ({@code have} entries are rendered again at {@code toSize}), or asking for more entries or captions than are there.
     */
    public record MediaChange(MediaKind kind, String label, String fromSize, String toSize, int have, String countText,
                              int missing, int uncaptioned) {
    }

    /** A required field of the new form that the old one did not ask for and that is empty: "link:website". */
    public record NewField(String field, String label) {
    }

    /** A text longer than the new offer takes: {@code length} against {@code limit}, in {@code unit}. */
    public record TextOverLimit(String field, String label, Unit unit, int length, int limit) {
    }

    /** Something the project holds that the new offer does not use; {@code kept} says what stays in the project. */
    public record Unused(String field, String label, String kept) {
    }

    public OfferTypeChange {
        newSlots = List.copyOf(newSlots);
        droppedSlots = List.copyOf(droppedSlots);
        media = List.copyOf(media);
        newFields = List.copyOf(newFields);
        textOverLimits = List.copyOf(textOverLimits);
        unused = List.copyOf(unused);
    }

    public static OfferTypeChange of(Project project, Profile from, Profile to) {
        return new OfferTypeChange(from, to, slotsOnlyIn(to, from), slotsOnlyIn(from, to), media(project, from, to),
                OfferTypeTexts.newFields(project, from, to), OfferTypeTexts.overLimits(project, to),
                OfferTypeLeftovers.of(project, from, to));
    }

    /** Nothing to tell: the same offer type, or one that asks for exactly what the project already meets. */
    public boolean isEmpty() {
        return newSlots.isEmpty() && droppedSlots.isEmpty() && media.isEmpty() && newFields.isEmpty()
                && textOverLimits.isEmpty() && unused.isEmpty();
    }

    /** The project targeting the new offer type; everything else, the unused fields too, stays as it is. */
    public Project apply(Project project) {
        return project.withProfileId(to.id());
    }

    private static List<ImageSlot> slotsOnlyIn(Profile profile, Profile other) {
        return profile.imageSlots().stream().filter(s -> other.slot(s.id()).isEmpty()).toList();
    }

    private static List<MediaChange> media(Project project, Profile from, Profile to) {
        List<MediaChange> changes = new ArrayList<>();
        for (MediaGroup group : to.media()) {
            MediaGroup before = from.mediaGroup(group.kind()).orElse(null);
            List<MediaItems> items = MediaItems.of(group, project);
            int missing = Math.max(0, group.minCount() - items.size());
            int uncaptioned = group.captionRequired()
                    ? (int) items.stream().filter(i -> i.caption() == null || i.caption().isBlank()).count() : 0;
            boolean sized = before != null && before.width() == group.width() && before.height() == group.height();
            boolean alike = sized && before.minCount() == group.minCount() && before.maxCount() == group.maxCount();
            if (!alike || missing > 0 || uncaptioned > 0) {
                changes.add(new MediaChange(group.kind(), group.label(), before == null ? null : before.sizeText(),
                        group.sizeText(), items.size(), group.countText(), missing, uncaptioned));
            }
        }
        return changes;
    }
}
