package io.offerkit.project;

/** The description as the user writes it. */
public record Description(DescriptionFormat format, String source) {
    public Description {
        format = format == null ? DescriptionFormat.MARKDOWN : format;
        source = source == null ? "" : source;
    }

    public static Description empty() {
        return new Description(DescriptionFormat.MARKDOWN, "");
    }
}
