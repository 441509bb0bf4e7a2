package io.offerkit.ui.inspect;

import io.offerkit.imaging.Inspection;
import io.offerkit.imaging.SlotMatch;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.ui.Messages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;

/**
 * One inspected file as the list shows it: its name, facts, the slots it satisfies, and in words why it satisfies
 * none (for the slot it was most likely meant for, or for every slot when none is close).
 */
public record InspectRow(String name, Inspection inspection, List<String> satisfiedLabels, List<String> reasons,
                         BufferedImage thumbnail) {

    public InspectRow {
        satisfiedLabels = List.copyOf(satisfiedLabels);
        reasons = List.copyOf(reasons);
    }

    public static InspectRow of(InspectInput input, Inspection inspection, Profile profile, BufferedImage thumbnail) {
        List<String> satisfied = inspection.satisfied().stream().map(m -> label(profile, m)).toList();
        List<String> reasons = new ArrayList<>();
        if (!inspection.readable()) {
            reasons.add(Messages.format("inspect.unreadable.reason", inspection.error()));
        } else if (satisfied.isEmpty()) {
            closest(inspection, profile).ifPresent(m -> {
                reasons.add(Messages.format("inspect.reason", label(profile, m), String.join("; ", m.problems())));
                reasons.addAll(m.notes());
            });
        }
        reasons.addAll(inspection.fileNotes());
        inspection.satisfied().stream().flatMap(m -> m.notes().stream()).distinct().forEach(reasons::add);
        return new InspectRow(input.displayName(), inspection, satisfied, reasons, thumbnail);
    }

    /** The slot the file was most likely meant for: fewest problems, then nearest in size. */
    static Optional<SlotMatch> closest(Inspection inspection, Profile profile) {
        int w = inspection.facts().width();
        int h = inspection.facts().height();
        return inspection.slots().stream().min(Comparator.<SlotMatch>comparingInt(m -> m.problems().size())
                .thenComparingInt(m -> profile.imageSlots().stream().filter(s -> s.id().equals(m.slotId()))
                        .mapToInt(s -> Math.abs(s.width() - w) + Math.abs(s.height() - h)).findFirst().orElse(Integer.MAX_VALUE)));
    }

    private static String label(Profile profile, SlotMatch match) {
        String label = profile.imageSlots().stream().filter(s -> s.id().equals(match.slotId()))
                .map(ImageSlot::label).findFirst().orElse(match.slotId());
        return Messages.format("inspect.slot", label, match.slotSize());
    }

    public boolean ok() {
        return !satisfiedLabels.isEmpty();
    }

    public String factsText() {
        return inspection.readable() ? inspection.facts().summary() : Messages.text("inspect.unreadable.facts");
    }

    public String verdictText() {
        if (!inspection.readable()) {
            return Messages.text("inspect.unreadable.verdict");
        }
        return ok() ? Messages.format("inspect.fits", String.join(", ", satisfiedLabels)) : Messages.text("inspect.fitsNone");
    }
}
