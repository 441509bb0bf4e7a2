package io.offerkit.profile;

/** A web address the listing needs (help, support, privacy). */
public record LinkSpec(String id, String label, boolean required, boolean httpsOnly) {
    public LinkSpec {
        label = label == null ? id : label;
    }
}
