package io.offerkit.imaging;

import java.util.List;

/**
 * Whether an existing image satisfies one slot of a profile (a logo slot, or a media image: a screenshot, a video's
 * thumbnail): {@code problems} say why not (the upload would be refused), {@code notes} are worth fixing or knowing
 * but not fatal.
 *
 * @param label the slot's name for people ("Medium logo", "Screenshot")
 */
public record SlotMatch(String slotId, String label, String slotSize, List<String> problems, List<String> notes) {
    public SlotMatch {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean satisfied() {
        return problems.isEmpty();
    }

    /** The problems, then the notes in brackets: "wrong size: 288x288, needs 40x40 (right shape, ...)". */
    public String reason() {
        String notesText = notes.isEmpty() ? "" : "(" + String.join("; ", notes) + ")";
        return problems.isEmpty() ? notesText
                : String.join("; ", problems) + (notesText.isEmpty() ? "" : " " + notesText);
    }

    boolean wrongSize() {
        return problems.stream().anyMatch(p -> p.startsWith(ImageInspector.WRONG_SIZE));
    }
}
