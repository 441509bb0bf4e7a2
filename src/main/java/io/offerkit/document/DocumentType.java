package io.offerkit.document;

/** What a document really is, by its content. */
public enum DocumentType {
    PDF("PDF", "pdf"),
    DOCX("Word document (DOCX)", "docx"),
    LEGACY_OFFICE("legacy Office document (DOC/XLS)", "doc"),
    ZIP("ZIP archive", "zip"),
    HTML("HTML page", "html"),
    MARKDOWN("Markdown text", "md"),
    TEXT("plain text", "txt"),
    UNKNOWN("unknown binary data", "bin");

    private final String label;
    private final String extension;

    DocumentType(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public boolean isText() {
        return this == HTML || this == MARKDOWN || this == TEXT;
    }
}
