package io.offerkit.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.DocumentSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentInspectorTest {
    private static final DocumentSpec ANY = new DocumentSpec("terms-of-use", "Terms", true, List.of("file", "url", "text"), null, null, 10_000);
    private static final DocumentSpec PDF_ONLY = new DocumentSpec("supporting", "Supporting", true, List.of("pdf"), 1, 3, null);

    @TempDir
    Path dir;

    private Path pdf(String name, int pages, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private Path docx(String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aGoodPdfReportsItsPages() throws Exception {
        DocumentFacts facts = DocumentInspector.inspect(pdf("guide.pdf", 3, null), PDF_ONLY);
        assertThat(facts.ok()).isTrue();
        assertThat(facts.type()).isEqualTo(DocumentType.PDF);
        assertThat(facts.pages()).isEqualTo(3);
        assertThat(facts.summary()).startsWith("PDF, ").endsWith(", 3 pages");
    }

    @Test
    void aRenamedDocxIsFlagged() throws Exception {
        DocumentFacts facts = DocumentInspector.inspect(docx("terms.pdf"), ANY);
        assertThat(facts.type()).isEqualTo(DocumentType.DOCX);
        assertThat(facts.problems()).containsExactly("terms.pdf is named .pdf but is really a Word document (DOCX).");
        assertThat(DocumentInspector.inspect(docx("terms.docx"), ANY).ok()).isTrue();
        assertThat(DocumentInspector.inspect(docx("terms.docx"), PDF_ONLY).problems())
                .containsExactly("terms.docx is a Word document (DOCX); this document must be a PDF.");
    }

    @Test
    void encryptedAndPagelessPdfsAreRefused() throws Exception {
        DocumentFacts locked = DocumentInspector.inspect(pdf("locked.pdf", 1, "secret"), PDF_ONLY);
        assertThat(locked.encrypted()).isTrue();
        assertThat(locked.problems()).singleElement().asString().contains("password-protected");
        DocumentFacts restricted = DocumentInspector.inspect(pdf("restricted.pdf", 1, ""), PDF_ONLY);
        assertThat(restricted.problems()).singleElement().asString().contains("encrypted");
        assertThat(DocumentInspector.inspect(pdf("empty.pdf", 0, null), PDF_ONLY).problems()).containsExactly("empty.pdf has no pages.");
    }

    @Test
    void emptyDamagedMissingAndHugeFilesAreRefused() throws Exception {
        assertThat(DocumentInspector.inspect(Files.createFile(dir.resolve("e.pdf")), PDF_ONLY).problems()).containsExactly("e.pdf is empty.");
        Path damaged = Files.writeString(dir.resolve("d.pdf"), "%PDF-1.7\ngarbage without objects");
        assertThat(DocumentInspector.inspect(damaged, PDF_ONLY).problems()).singleElement().asString().startsWith("d.pdf is a damaged PDF");
        assertThat(DocumentInspector.inspect(dir.resolve("gone.pdf"), PDF_ONLY).problems()).singleElement().asString().contains("missing");
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DocumentInspector.MAX_BYTES + 1); // sparse: no disk is used
        }
        assertThat(DocumentInspector.inspect(huge, PDF_ONLY).problems()).singleElement().asString().contains("are refused");
    }

    @Test
    void previewsShowTheFirstPageOrTheText() throws Exception {
        var page = DocumentPreview.firstPage(pdf("guide.pdf", 2, null), 36);
        assertThat(page.getWidth()).isEqualTo(306); // US Letter, 612 pt at half scale
        Path html = Files.writeString(dir.resolve("t.html"), "<html><body><h1>Terms</h1><script>x()</script><p>Use it well.</p></body></html>");
        assertThat(DocumentPreview.text(html, DocumentType.HTML)).contains("Terms").contains("Use it well.");
        Path word = dir.resolve("w.docx");
        try (OutputStream out = Files.newOutputStream(word); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p><w:r><w:t>Privacy &amp; you</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">Second</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(DocumentPreview.text(word, DocumentType.DOCX)).isEqualTo("Privacy & you\nSecond");
    }

    @Test
    void textDocumentsAreRecognisedByContent() throws Exception {
        assertThat(DocumentSniffer.sniff("<!DOCTYPE html><html><body>Terms</body></html>".getBytes(StandardCharsets.UTF_8), "terms.txt"))
                .isEqualTo(DocumentType.HTML);
        assertThat(DocumentSniffer.sniff("# Terms\n\n1. Use".getBytes(StandardCharsets.UTF_8), "terms")).isEqualTo(DocumentType.MARKDOWN);
        assertThat(DocumentSniffer.sniff("Terms of use, 2026. Geschäftsbedingungen".getBytes(StandardCharsets.UTF_8), "t.txt"))
                .isEqualTo(DocumentType.TEXT);
        assertThat(DocumentSniffer.sniff(new byte[] {0, 1, 2, 3, (byte) 0xFF}, "x.txt")).isEqualTo(DocumentType.UNKNOWN);
        byte[] cutInsideUmlaut = Arrays.copyOf("Geschä".getBytes(StandardCharsets.UTF_8), 6);
        assertThat(DocumentSniffer.sniff(cutInsideUmlaut, "t.txt")).isEqualTo(DocumentType.TEXT);
        Path binary = Files.write(dir.resolve("terms.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 0});
        assertThat(DocumentInspector.inspect(binary, ANY).problems()).singleElement().asString().contains("unknown binary data");
    }
}
