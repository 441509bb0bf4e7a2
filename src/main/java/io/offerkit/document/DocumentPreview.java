package io.offerkit.document;

import io.offerkit.common.OfferKitException;
import io.offerkit.common.Reasons;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;

/** A look at an attached document: the first page of a PDF as an image, the text of the others. */
public final class DocumentPreview {
    /** Enough text to recognise a document; previews never load a whole large file. */
    public static final int MAX_TEXT_CHARS = 20_000;
    private static final long MAX_DOCX_XML_BYTES = 8L * 1024 * 1024;
    private static final Pattern WORD_TEXT = Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|<w:p[ >/]");

    private DocumentPreview() {
    }

    /** The first page rendered at {@code dpi} (72 = 1 px per point). */
    public static BufferedImage firstPage(Path pdf, float dpi) throws OfferKitException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
            if (doc.getNumberOfPages() == 0) {
                throw new OfferKitException(pdf.getFileName() + " has no pages to preview.");
            }
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new OfferKitException("Cannot preview " + pdf.getFileName() + ": " + Reasons.of(e) + ".", e);
        }
    }

    /** The readable text of a non-PDF document (HTML and DOCX without markup), at most {@link #MAX_TEXT_CHARS}. */
    public static String text(Path file, DocumentType type) throws OfferKitException {
        try {
            return switch (type) {
                case HTML -> cut(Jsoup.parse(readText(file)).wholeText().strip());
                case MARKDOWN, TEXT -> cut(readText(file));
                case DOCX -> cut(docxText(file));
                default -> throw new OfferKitException(file.getFileName() + " (" + type.label() + ") has no text preview.");
            };
        } catch (IOException e) {
            throw new OfferKitException("Cannot preview " + file.getFileName() + ": " + Reasons.of(e) + ".", e);
        }
    }

    private static String readText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_TEXT_CHARS * 4), StandardCharsets.UTF_8);
        }
    }

    private static String docxText(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readNBytes((int) MAX_DOCX_XML_BYTES), StandardCharsets.UTF_8);
                    StringBuilder text = new StringBuilder();
                    Matcher m = WORD_TEXT.matcher(xml);
                    while (m.find() && text.length() < MAX_TEXT_CHARS) {
                        text.append(m.group(1) != null ? Jsoup.parse(m.group(1)).text() : "\n");
                    }
                    return text.toString().strip();
                }
            }
        }
        return "";
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "…";
    }
}
