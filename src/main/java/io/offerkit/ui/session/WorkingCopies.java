package io.offerkit.ui.session;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reduced copies of the source images for live previews, decoded once per file: a slider drag then renders from a
 * few hundred pixels instead of decoding and resampling a 4096 px original on every change. A copy is keyed by the
 * file's path, size and modification time, so an image edited on disk is read again. Export never uses these.
 */
public final class WorkingCopies {
    /** Twice the largest slot side keeps the preview's resampling close to the export's. */
    static final int OVERSAMPLING = 2;
    /**
     * A logo's copy is about 1 MB, a capture's up to 15 MB (its draft a quarter of that): room for a main logo and its
     * alternates, five screenshots and five video thumbnails with the drafts of those being framed, and a spare.
     */
    static final int MAX_COPIES = 24;

    private record Key(String path, long size, long modified) {
    }

    /**
     * In order of use, the least recently used first: a full cache drops that one alone, so five captures and their
     * thumbnails do not push each other (and the logos) out on every render. Guarded by itself (renders run on the
     * pool's threads).
     */
    private final Map<Key, SourceImage> copies = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SourceImage> eldest) {
            return size() > MAX_COPIES;
        }
    });

    /** The longest side of a capture's working copy for a media group: twice its image's longer side. */
    public static int maxSide(MediaGroup group) {
        return Math.max(group.width(), group.height()) * OVERSAMPLING;
    }

    /** The longest side of the working copy for a profile: twice its largest slot side. */
    public static int maxSide(Profile profile) {
        int largest = profile.imageSlots().stream().mapToInt(s -> Math.max(s.width(), s.height())).max().orElse(256);
        return largest * OVERSAMPLING;
    }

    /** The working copy of {@code file}, decoding it when it is new or has changed; call off the FX thread. */
    public SourceImage get(Path file, int maxSide) throws ImagingException {
        Key key = keyOf(file, maxSide);
        SourceImage cached = copies.get(key);
        if (cached != null) {
            return cached;
        }
        SourceImage copy = WorkingCopy.of(ImageDecoder.read(file), maxSide);
        remember(key, copy);
        return copy;
    }

    /**
     * The copy a gesture's previews render from (a crop dragged): half the side of {@link #get}'s, reduced from that
     * copy once, never decoded again. A 2560 px capture copy costs a draft render about 24 ms, its 1280 px half about
     * 15 ms (docs/performance.md), inside a 60 Hz frame; the release renders from the full copy again.
     */
    public SourceImage draft(Path file, int maxSide) throws ImagingException {
        int side = Math.max(1, maxSide / 2);
        Key key = keyOf(file, side);
        SourceImage cached = copies.get(key);
        if (cached != null) {
            return cached;
        }
        SourceImage copy = WorkingCopy.of(get(file, maxSide), side);
        remember(key, copy);
        return copy;
    }

    /**
     * Stores a copy made from an image already decoded (the load that checked the file), so it is not read twice;
     * reducing a large image takes a moment, so it reports to and can be stopped by {@code monitor}.
     */
    public void put(Path file, int maxSide, SourceImage full, ProgressMonitor monitor) throws CancelledException {
        remember(keyOf(file, maxSide), WorkingCopy.of(full, maxSide, monitor));
    }

    private void remember(Key key, SourceImage copy) {
        copies.put(key, copy);
    }

    /** Whether a current copy of {@code file} at {@code maxSide} is held (nothing is decoded to find out). */
    public boolean holds(Path file, int maxSide) {
        return copies.containsKey(keyOf(file, maxSide));
    }

    private static Key keyOf(Path file, int maxSide) {
        long size;
        long modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            size = -1;
            modified = -1;
        }
        return new Key(file.toAbsolutePath().normalize() + "@" + maxSide, size, modified);
    }
}
