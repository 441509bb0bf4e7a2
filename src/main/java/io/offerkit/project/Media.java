package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The listing's media: screenshots in marketplace order (the first is shown first) and videos. A project without any
 * writes no "media" to its file, so files written before media existed are saved again byte for byte.
 */
public record Media(List<Screenshot> screenshots, List<Video> videos) {
    private static final Media EMPTY = new Media(List.of(), List.of());

    public Media {
        screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
        videos = videos == null ? List.of() : List.copyOf(videos);
    }

    public static Media empty() {
        return EMPTY;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return screenshots.isEmpty() && videos.isEmpty();
    }

    public Media withScreenshots(List<Screenshot> value) {
        return new Media(value, videos);
    }

    public Media withVideos(List<Video> value) {
        return new Media(screenshots, value);
    }

    /** The same media with every file path (captures, thumbnails) passed through {@code mapping}. */
    Media mapPaths(UnaryOperator<String> mapping) {
        return new Media(screenshots.stream().map(s -> s.mapPath(mapping)).toList(),
                videos.stream().map(v -> v.mapPath(mapping)).toList());
    }

    /**
     * Leaves an empty media out of a project file ({@code @JsonInclude} CUSTOM filter: Jackson writes a value unless
     * this filter "equals" it).
     */
    static final class EmptyFilter {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Media media && media.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
