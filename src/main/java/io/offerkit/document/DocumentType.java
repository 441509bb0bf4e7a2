package io.offerkit.document;

/** What a document really is, by its content. */
public enum DocumentType {
    PDF("PDF"),
    DOCX("Word document (DOCX)"),
    LEGACY_OFFICE("legacy Office document (DOC/XLS)"),
    ZIP("ZIP archive"),
    HTML("HTML page"),
    MARKDOWN("Markdown text"),
    TEXT("plain text"),
    UNKNOWN("unknown binary data");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
