package io.offerkit.imaging;

import io.offerkit.imaging.source.ImageFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code inspect} found about one file: its facts (or why it could not be read), each logo slot's verdict, and
 * the verdicts of the listing media (screenshot, video thumbnail) the file is or is close to being.
 *
 * @param slots the profile's logo slots, each judged
 * @param media the media images the file is of the size or shape of, or larger than; none for a logo-sized file
 */
public record Inspection(Path file, ImageFacts facts, String error, List<String> fileNotes, List<SlotMatch> slots,
                         List<SlotMatch> media) {
    public Inspection {
        fileNotes = List.copyOf(fileNotes);
        slots = List.copyOf(slots);
        media = List.copyOf(media);
    }

    public static Inspection unreadable(Path file, String error) {
        return new Inspection(file, null, error, List.of(), List.of(), List.of());
    }

    public boolean readable() {
        return error == null;
    }

    /** The logo slots, then the media images, the file satisfies. */
    public List<SlotMatch> satisfied() {
        return java.util.stream.Stream.concat(slots.stream(), media.stream()).filter(SlotMatch::satisfied).toList();
    }

    /**
     * Why the file fits or does not, as a designer needs it to fix the file: the one explanation {@code inspect}
     * prints and Check sizes shows.
     */
    public Explanation explanation() {
        if (!readable() || !satisfied().isEmpty()) {
            return new Explanation(satisfied(), null, List.of(), List.of(), List.of());
        }
        List<SlotMatch> sameSize = slots.stream().filter(m -> !m.wrongSize()).toList();
        if (!sameSize.isEmpty()) {
            return new Explanation(List.of(), null, sameSize, List.of(), media);
        }
        String noSlot = "no slot is " + facts.width() + "x" + facts.height() + "; the profile needs "
                + String.join(", ", slots.stream().map(SlotMatch::slotSize).toList());
        List<String> also = slots.stream().flatMap(m -> m.problems().stream())
                .filter(p -> !p.startsWith(ImageInspector.WRONG_SIZE)).distinct().toList();
        return new Explanation(List.of(), noSlot, slots, also, media);
    }

    /**
     * @param fits     the slots the file satisfies (then nothing else is said)
     * @param noSlot   when no slot has the file's size: that, with the sizes the profile needs; else null
     * @param misses   when it fits none: the slots of its size with their reasons, or every slot when none has its size
     * @param also     with {@code noSlot}: the problems besides the size, once each
     * @param media    when it fits none: the screenshot or video thumbnail it is close to being, with its reasons
     */
    public record Explanation(List<SlotMatch> fits, String noSlot, List<SlotMatch> misses, List<String> also,
                              List<SlotMatch> media) {
        public Explanation {
            fits = List.copyOf(fits);
            misses = List.copyOf(misses);
            also = List.copyOf(also);
            media = List.copyOf(media);
        }
    }

    /** The slot this file was most likely meant for: one it satisfies, else the one whose size is closest. */
    public Optional<SlotMatch> bestMatch() {
        return satisfied().stream().findFirst().or(() -> slots.stream().filter(m -> m.problems().size() <= 1).findFirst());
    }
}
