package io.offerkit.project;

import java.time.LocalDate;

/** The publisher's word on a requirement OfferKit cannot check itself, with a note (an ID, a URL) and its date. */
public record Attestation(boolean confirmed, String note, LocalDate confirmedOn) {
    public static Attestation confirmedToday(String note) {
        return new Attestation(true, note, LocalDate.now());
    }
}
