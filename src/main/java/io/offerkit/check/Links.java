package io.offerkit.check;

import io.offerkit.common.Reasons;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What makes a listing link valid: an absolute https:// address with a host. */
final class Links {
    private Links() {
    }

    /** Null when the address is valid, otherwise what is wrong with it. */
    static String problem(String url, boolean httpsOnly) {
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return "\"" + url + "\" is not an absolute web address (https://...).";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (httpsOnly && !scheme.equals("https")) {
                return "\"" + url + "\" must start with https://.";
            }
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return "\"" + url + "\" is not a web address.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "\"" + url + "\" is not a valid address: " + Reasons.ofAddress(e) + ".";
        }
    }

    static String normalise(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
