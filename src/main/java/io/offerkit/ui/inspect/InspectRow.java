package io.offerkit.ui.inspect;

import io.offerkit.imaging.Inspection;
import io.offerkit.imaging.SlotMatch;
import io.offerkit.imaging.render.Finding;
import io.offerkit.imaging.render.Level;
import io.offerkit.ui.fx.Messages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One inspected file as the list shows it: its name, facts, the slots it satisfies, and in words why it satisfies
 * none (the core's explanation, the same the command line's {@code inspect} prints), each reason with its level:
 * why a slot refuses the file is an error, a note about the file is information.
 */
public record InspectRow(String name, Inspection inspection, List<String> satisfiedLabels, List<Finding> findings,
                         BufferedImage thumbnail) {

    public InspectRow {
        satisfiedLabels = List.copyOf(satisfiedLabels);
        findings = List.copyOf(findings);
    }

    public static InspectRow of(InspectInput input, Inspection inspection, BufferedImage thumbnail) {
        List<String> satisfied = inspection.satisfied().stream().map(m -> label(m)).toList();
        List<Finding> findings = new ArrayList<>();
        if (!inspection.readable()) {
            findings.add(new Finding(Level.ERROR, Messages.format("inspect.unreadable.reason", inspection.error())));
        } else if (satisfied.isEmpty()) {
            Inspection.Explanation why = inspection.explanation();
            if (why.noSlot() != null) {
                findings.add(new Finding(Level.ERROR, why.noSlot()));
            }
            why.misses().forEach(m -> findings.add(new Finding(Level.ERROR,
                    Messages.format("inspect.reason", label(m), m.reason()))));
            why.media().forEach(m -> findings.add(new Finding(Level.ERROR,
                    Messages.format("inspect.reason", label(m), m.reason()))));
        }
        inspection.fileNotes().forEach(n -> findings.add(new Finding(Level.INFO, n)));
        inspection.satisfied().stream().flatMap(m -> m.notes().stream()).distinct()
                .forEach(n -> findings.add(new Finding(Level.WARNING, n)));
        return new InspectRow(input.displayName(), inspection, satisfied, findings, thumbnail);
    }

    /** The reasons in words, every level. */
    public List<String> reasons() {
        return findings.stream().map(Finding::text).toList();
    }

    private static String label(SlotMatch match) {
        return Messages.format("inspect.slot", match.label(), match.slotSize());
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
