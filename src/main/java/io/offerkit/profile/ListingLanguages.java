package io.offerkit.profile;

/**
 * How many listing languages the offer may have: {@code max} of them (1: "one language only"), or several when
 * {@code max} is null.
 */
public record ListingLanguages(Integer max, String help) {
    public ListingLanguages {
        if (max != null && max < 1) {
            throw new IllegalArgumentException("languages: max must be at least 1, or left out for several");
        }
    }

    /** Does the offer take more than one listing language? */
    public boolean several() {
        return max == null || max > 1;
    }
}
