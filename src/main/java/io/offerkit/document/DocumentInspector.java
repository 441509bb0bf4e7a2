package io.offerkit.document;

import io.offerkit.common.ByteSizes;
import io.offerkit.common.Reasons;
import io.offerkit.profile.DocumentSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Validates an attached document by its content: real type (magic bytes), size, and for PDFs that the file opens,
 * has pages and is not password-protected.
 */
public final class DocumentInspector {
    /** Larger files are refused outright: no legal document or guide needs this, and PDFs this big stall previews. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final int HEAD_BYTES = 64 * 1024;

    private DocumentInspector() {
    }

    public static DocumentFacts inspect(Path file, DocumentSpec spec) {
        String name = String.valueOf(file.getFileName());
        long bytes;
        byte[] head;
        try {
            if (Files.isDirectory(file)) {
                return failed(0, name + " is a folder, not a document.");
            }
            bytes = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            return failed(0, name + " is missing (was it moved or renamed?).");
        } catch (IOException e) {
            return failed(0, name + " cannot be read: " + Reasons.of(e) + ".");
        }
        return examine(name, bytes, head, () -> checkPdf(file, name), spec);
    }

    /**
     * Validates a document from bytes already read (an export's one read of the file), so the facts describe exactly
     * the bytes that are copied and hashed.
     */
    public static DocumentFacts inspect(byte[] data, String name, DocumentSpec spec) {
        byte[] head = data.length <= HEAD_BYTES ? data : Arrays.copyOf(data, HEAD_BYTES);
        return examine(name, data.length, head, () -> checkPdf(data, name), spec);
    }

    private static DocumentFacts examine(String name, long bytes, byte[] head,
                                         Supplier<PdfCheck> pdfCheck, DocumentSpec spec) {
        List<String> problems = new ArrayList<>();
        if (bytes == 0) {
            return failed(0, name + " is empty.");
        }
        if (bytes > MAX_BYTES) {
            return failed(bytes, name + " is " + ByteSizes.text(bytes) + "; documents over " + ByteSizes.text(MAX_BYTES)
                    + " are refused.");
        }
        DocumentType type = DocumentSniffer.sniff(head, name);
        String renamed = renamedProblem(name, type);
        if (renamed != null) {
            problems.add(renamed);
        }
        if (spec != null && spec.accepts().contains("pdf") && type != DocumentType.PDF) {
            problems.add(name + " is " + withArticle(type.label()) + "; this document must be a PDF.");
        } else if (type == DocumentType.UNKNOWN || type == DocumentType.ZIP || type == DocumentType.LEGACY_OFFICE) {
            problems.add(name + " is " + withArticle(type.label()) + "; attach a PDF, DOCX, HTML, Markdown or text file.");
        }
        Integer pages = null;
        boolean encrypted = false;
        if (type == DocumentType.PDF) {
            PdfCheck pdf = pdfCheck.get();
            pages = pdf.pages;
            encrypted = pdf.encrypted;
            problems.addAll(pdf.problems);
        }
        return new DocumentFacts(type, bytes, pages, encrypted, problems);
    }

    private static String renamedProblem(String name, DocumentType type) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = lower.substring(dot + 1);
        DocumentType claimed = switch (ext) {
            case "pdf" -> DocumentType.PDF;
            case "docx" -> DocumentType.DOCX;
            case "doc", "xls" -> DocumentType.LEGACY_OFFICE;
            default -> null;
        };
        if (claimed != null && claimed != type) {
            return name + " is named ." + ext + " but is really " + withArticle(type.label()) + ".";
        }
        return null;
    }

    private static String withArticle(String label) {
        return ("aeiou".indexOf(Character.toLowerCase(label.charAt(0))) >= 0 ? "an " : "a ") + label;
    }

    private record PdfCheck(Integer pages, boolean encrypted, List<String> problems) {
    }

    private static PdfCheck checkPdf(Path file, String name) {
        try {
            return checkPdf(Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile())), name);
        } catch (InvalidPasswordException e) {
            return new PdfCheck(null, true, List.of(name + " is password-protected; save it without a password."));
        } catch (IOException | RuntimeException e) {
            return damaged(name, e);
        }
    }

    private static PdfCheck checkPdf(byte[] data, String name) {
        try {
            return checkPdf(Loader.loadPDF(data), name);
        } catch (InvalidPasswordException e) {
            return new PdfCheck(null, true, List.of(name + " is password-protected; save it without a password."));
        } catch (IOException | RuntimeException e) {
            return damaged(name, e);
        }
    }

    private static PdfCheck damaged(String name, Exception e) {
        // PDFBox's own words when they are words ("Missing root object specification in trailer"), never its internals.
        return new PdfCheck(null, false, List.of(name + " is a damaged PDF and does not open"
                + Reasons.aside(e) + "."));
    }

    private static PdfCheck checkPdf(PDDocument opened, String name) {
        try (PDDocument pdf = opened) {
            List<String> problems = new ArrayList<>();
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                problems.add(name + " has no pages.");
            }
            if (pdf.isEncrypted()) {
                problems.add(name + " is encrypted; save it without security restrictions.");
            }
            return new PdfCheck(pages, pdf.isEncrypted(), problems);
        } catch (IOException | RuntimeException e) {
            return damaged(name, e);
        }
    }

    private static DocumentFacts failed(long bytes, String problem) {
        return new DocumentFacts(DocumentType.UNKNOWN, bytes, null, false, List.of(problem));
    }
}
