package io.offerkit.text;

import java.util.List;

/**
 * The description as the marketplace will receive it: HTML restricted to the profile's tags, what was removed or
 * rewritten on the way (one line each, for the user), and its length as the marketplace counts it.
 */
public record RenderedDescription(String html, List<String> report, int length) {
    public RenderedDescription {
        report = List.copyOf(report);
    }
}
