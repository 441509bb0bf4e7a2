package io.offerkit.profile;

import java.time.LocalDate;

/** Where a profile's rules come from: the published document, its path or address, and its date. */
public record SourceRef(String document, String location, LocalDate date) {
}
