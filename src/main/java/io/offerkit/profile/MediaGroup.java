package io.offerkit.profile;

import java.util.List;
import java.util.Locale;

/**
 * One kind of listing media the offer takes, as data like an image slot: every image of the group is exactly
 * {@code width x height} in one of {@code formats}, there are {@code minCount} to {@code maxCount} of them, each at
 * most {@code maxBytes} where the marketplace sets a limit, with a caption where it asks for one. For videos the
 * image is the thumbnail and the caption the video's name; a video also has a web address ({@code hosts}: where
 * the marketplace lets it be hosted).
 *
 * @param maxBytes         the largest file the marketplace takes, or null where it names no limit
 * @param captionMaxLength the longest caption (a video's name), or null where it names no limit
 * @param hosts            for videos: the web sites a video may be on ("youtube", "vimeo"); empty for screenshots
 */
public record MediaGroup(
        String id,
        String label,
        MediaKind kind,
        int width,
        int height,
        List<String> formats,
        int minCount,
        int maxCount,
        Integer maxBytes,
        boolean captionRequired,
        Integer captionMaxLength,
        List<String> hosts,
        String help) {

    public MediaGroup {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a media group needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("media group " + id + " needs a kind: screenshot or video");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("media group " + id + " needs a positive width and height");
        }
        if (minCount < 0 || maxCount < Math.max(1, minCount)) {
            throw new IllegalArgumentException("media group " + id + " needs 0 <= minCount <= maxCount, maxCount >= 1");
        }
        if (maxBytes != null && maxBytes <= 0 || captionMaxLength != null && captionMaxLength <= 0) {
            throw new IllegalArgumentException("media group " + id + ": maxBytes and captionMaxLength must be positive");
        }
        label = label == null ? id : label;
        formats = formats == null || formats.isEmpty() ? List.of("png") : List.copyOf(formats);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /**
     * The slot the {@code index}-th image of this group (from 1, in listing order) is rendered into: the group's
     * exact size and first format, so a screenshot goes through the same renderer as a logo. Ids and labels are
     * "screenshot-01" / "Screenshot 1" (for videos "video-01-thumbnail" / "Video 1 thumbnail"); the first
     * {@code minCount} are required.
     */
    public ImageSlot slot(int index) {
        if (index < 1 || index > maxCount) {
            throw new IllegalArgumentException("media group " + id + " takes images 1 to " + maxCount + ", not " + index);
        }
        String number = String.format(Locale.ROOT, "%02d", index);
        boolean screenshot = kind == MediaKind.SCREENSHOT;
        String slotId = screenshot ? "screenshot-" + number : "video-" + number + "-thumbnail";
        String slotLabel = screenshot ? "Screenshot " + index : "Video " + index + " thumbnail";
        return new ImageSlot(slotId, slotLabel, width, height, formats.get(0), index <= minCount,
                null, null, null, null, false, null, formats, maxBytes, null);
    }

    public String sizeText() {
        return width + "x" + height;
    }

    /** "1-5", "up to 4", "3-5": how many the group takes. */
    public String countText() {
        return minCount == 0 ? "up to " + maxCount : minCount == maxCount ? String.valueOf(minCount) : minCount + "-" + maxCount;
    }
}
