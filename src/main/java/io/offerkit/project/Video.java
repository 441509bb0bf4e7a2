package io.offerkit.project;

import java.util.function.UnaryOperator;

/**
 * One listing video: its name, its web address as typed (checked by {@link VideoAddress#parse}, kept as written so a
 * wrong address loses nothing), and the image its thumbnail is made from, framed like a screenshot.
 *
 * @param address   the address as the user typed it ("" when none yet)
 * @param thumbnail the thumbnail's source image (absolute in memory, relative on disk); null when none yet
 */
public record Video(String name, String address, String thumbnail, Framing framing) {

    public Video {
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        framing = framing == null ? Framing.defaults() : framing;
    }

    public Video withName(String value) {
        return new Video(value, address, thumbnail, framing);
    }

    public Video withAddress(String value) {
        return new Video(name, value, thumbnail, framing);
    }

    public Video withThumbnail(String value) {
        return new Video(name, address, value, framing);
    }

    public Video withFraming(Framing value) {
        return new Video(name, address, thumbnail, value);
    }

    Video mapPath(UnaryOperator<String> mapping) {
        return withThumbnail(thumbnail == null ? null : mapping.apply(thumbnail));
    }
}
