package io.offerkit.profile;

import java.util.List;

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

    public String sizeText() {
        return width + "x" + height;
    }

    /** "1-5", "up to 4", "3-5": how many the group takes. */
    public String countText() {
        return minCount == 0 ? "up to " + maxCount : minCount == maxCount ? String.valueOf(minCount) : minCount + "-" + maxCount;
    }
}
