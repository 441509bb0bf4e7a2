package io.offerkit.imaging;

import io.offerkit.imaging.source.ImageFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@code inspect} found about one file: its facts (or why it could not be read) and each slot's verdict. */
public record Inspection(Path file, ImageFacts facts, String error, List<String> fileNotes, List<SlotMatch> slots) {
    public Inspection {
        fileNotes = List.copyOf(fileNotes);
        slots = List.copyOf(slots);
    }

    public static Inspection unreadable(Path file, String error) {
        return new Inspection(file, null, error, List.of(), List.of());
    }

    public boolean readable() {
        return error == null;
    }

    public List<SlotMatch> satisfied() {
        return slots.stream().filter(SlotMatch::satisfied).toList();
    }

    /** The slot this file was most likely meant for: one it satisfies, else the one whose size is closest. */
    public Optional<SlotMatch> bestMatch() {
        return satisfied().stream().findFirst().or(() -> slots.stream().filter(m -> m.problems().size() <= 1).findFirst());
    }
}
