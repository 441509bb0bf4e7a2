package io.offerkit.document;

import io.offerkit.common.Reasons;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * The optional "is this link reachable?" check. Off by default and never on the way of an edit: the UI runs it in
 * the background on request; offline it simply says it could not tell.
 */
public final class LinkProbe {
    public enum Outcome { REACHABLE, BROKEN, UNKNOWN }

    public record Result(Outcome outcome, String message) {
    }

    private final HttpClient client;
    private final Duration timeout;

    public LinkProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Result probe(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return new Result(Outcome.BROKEN, "not a valid address: " + Reasons.ofAddress(e));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new Result(Outcome.BROKEN, "not a web address (http:// or https://)");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("User-Agent", "OfferKit link check")
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 405 || status == 501) { // some servers refuse HEAD; ask for the page instead
                status = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            if (status < 400) {
                return new Result(Outcome.REACHABLE, "reachable (HTTP " + status + ")");
            }
            return new Result(Outcome.BROKEN, "the server answers HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Result(Outcome.UNKNOWN, "no answer from " + uri.getHost() + " within " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            return new Result(Outcome.UNKNOWN, "could not connect to " + uri.getHost() + ": " + Reasons.ofConnection(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.UNKNOWN, "cancelled");
        }
    }
}
