package io.offerkit.project;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A listing video's address as Partner Center takes it: an https page on YouTube ({@code youtube.com/watch?v=ID})
 * or Vimeo ({@code vimeo.com/NUMBER}). Short links ({@code youtu.be}), embed and player pages, plain http and other
 * hosts are refused with a sentence saying which form to use, since the marketplace rejects them only after upload.
 *
 * @param host  the video service
 * @param id    the video's id on that service
 */
public record VideoAddress(Host host, String id) {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");

    /** The two services Partner Center plays videos from. */
    public enum Host {
        YOUTUBE, VIMEO
    }

    public VideoAddress {
        if (host == null || id == null) {
            throw new IllegalArgumentException("a video address needs its host and id");
        }
    }

    /** The canonical address of the video, as Partner Center's form wants it. */
    public String url() {
        return host == Host.YOUTUBE ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
    }

    /** What {@link #parse} found: the address, or why it is not one Partner Center takes. */
    public record Parsed(Optional<VideoAddress> address, String problem) {
        static Parsed ok(VideoAddress address) {
            return new Parsed(Optional.of(address), null);
        }

        static Parsed refused(String problem) {
            return new Parsed(Optional.empty(), problem);
        }

        public boolean isValid() {
            return address.isPresent();
        }
    }

    /** Reads an address as typed or pasted (surrounding blanks ignored). Never throws. */
    public static Parsed parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Parsed.refused("The video has no address yet.");
        }
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            return Parsed.refused("\"" + typed + "\" is not a web address (it has a character an address cannot hold).");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty() || host.isEmpty()) {
            return Parsed.refused("\"" + typed + "\" is not a full web address: it must start with https://.");
        }
        if (scheme.equals("http")) {
            return Parsed.refused("Use the https address: Partner Center takes only secure (https://) video links.");
        }
        if (!scheme.equals("https")) {
            return Parsed.refused("\"" + typed + "\" is not a web page address: it must start with https://.");
        }
        return switch (host) {
            case "youtube.com", "www.youtube.com", "m.youtube.com" -> youtube(uri);
            case "youtu.be" -> Parsed.refused("youtu.be is a short link, which Partner Center does not take: use the "
                    + "full address, https://www.youtube.com/watch?v=" + idOr(uri.getPath(), "...") + ".");
            case "vimeo.com", "www.vimeo.com" -> vimeo(uri);
            case "player.vimeo.com" -> Parsed.refused("That is Vimeo's player address: use the video's page, "
                    + "https://vimeo.com/" + idOr(uri.getPath().replaceFirst("^/video", ""), "...") + ".");
            default -> Parsed.refused("Partner Center plays videos from YouTube or Vimeo only; " + host
                    + " is neither.");
        };
    }

    private static Parsed youtube(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.equals("/watch")) {
            return Parsed.refused("Use the video's watch address, https://www.youtube.com/watch?v=... (this one is "
                    + "a " + (path.startsWith("/embed") ? "player (embed)" : path.startsWith("/shorts") ? "Shorts"
                    : "channel or list") + " address).");
        }
        String id = query(uri.getRawQuery(), "v");
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Parsed.refused("The YouTube address has no video id (the v=... part, 11 letters, digits, - or _).");
        }
        return Parsed.ok(new VideoAddress(Host.YOUTUBE, id));
    }

    private static Parsed vimeo(URI uri) {
        String id = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        if (!VIMEO_ID.matcher(id).matches()) {
            return Parsed.refused("Use the video's own Vimeo page, https://vimeo.com/ followed by its number.");
        }
        return Parsed.ok(new VideoAddress(Host.VIMEO, id));
    }

    private static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static String idOr(String path, String fallback) {
        String id = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return id.isEmpty() || id.contains("/") ? fallback : id;
    }
}
