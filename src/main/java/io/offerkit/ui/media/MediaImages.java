package io.offerkit.ui.media;

import io.offerkit.common.Reasons;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.session.WorkingCopies;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the section knows of each image the project's media name (captures, thumbnail sources): a small thumbnail for
 * the filmstrip and the image's facts (its original size, for the warnings and the crop), read off the FX thread
 * from the shared working copies once per file, and again after a change on disk.
 */
final class MediaImages {
    /** The filmstrip's thumbnails fit this box (16:9 at 160 wide). */
    static final int THUMBNAIL_SIDE = 160;

    /** One image as seen: its thumbnail and facts, or why it could not be read. */
    record Seen(BufferedImage thumbnail, ImageFacts facts, String problem) {
    }

    private final BackgroundWork background;
    private final WorkingCopies copies;
    private final IntSupplier maxSide;
    private final ReadOnlyObjectWrapper<Map<String, Seen>> seen = new ReadOnlyObjectWrapper<>(this, "seen", Map.of());

    MediaImages(BackgroundWork background, WorkingCopies copies, IntSupplier maxSide) {
        this.background = background;
        this.copies = copies;
        this.maxSide = maxSide;
    }

    /** Reads the images of {@code paths} not seen yet; forgets those no longer named. */
    void follow(Set<String> paths) {
        Map<String, Seen> kept = new HashMap<>(seen.get());
        boolean forgot = kept.keySet().retainAll(paths);
        if (forgot) {
            seen.set(Map.copyOf(kept));
        }
        paths.stream().filter(p -> !kept.containsKey(p)).forEach(this::read);
    }

    /** Reads every image again (files changed on disk): the working copies decode only those that changed. */
    void reload(Set<String> paths) {
        seen.set(Map.of());
        follow(paths);
    }

    private void read(String path) {
        int side = maxSide.getAsInt();
        background.submit("Reading a capture's thumbnail", () -> {
            try {
                SourceImage copy = copies.get(Path.of(path), side);
                return new Seen(WorkingCopy.of(copy, THUMBNAIL_SIDE).pixels(), copy.facts(), null);
            } catch (ImagingException | RuntimeException e) {
                return new Seen(null, null, Reasons.of(e));
            }
        }, result -> {
            Map<String, Seen> now = new HashMap<>(seen.get());
            now.put(path, result);
            seen.set(Map.copyOf(now));
        }, error -> { });
    }

    /** Every seen image by its path as the project holds it. */
    ReadOnlyObjectProperty<Map<String, Seen>> seenProperty() {
        return seen.getReadOnlyProperty();
    }

    Seen of(String path) {
        return path == null ? null : seen.get().get(path);
    }

    /** The facts of every image read so far, for the media rules. */
    Map<String, ImageFacts> facts() {
        Map<String, ImageFacts> facts = new HashMap<>();
        seen.get().forEach((path, s) -> {
            if (s.facts() != null) {
                facts.put(path, s.facts());
            }
        });
        return facts;
    }
}
