package io.offerkit.check;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.project.DocumentRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A document is attached as the profile accepts it: a readable, non-empty file (PDF where asked), a link, or text. */
final class DocumentRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        DocumentSpec spec = context.profile().document(target).orElse(null);
        if (spec == null) {
            return Verdict.problem("The profile defines no document '" + target + "'.");
        }
        List<DocumentRef> refs = context.project().documents(target);
        int min = spec.minCount() != null ? spec.minCount() : (spec.required() ? 1 : 0);
        if (refs.size() < min) {
            return Verdict.problem(spec.label() + ": " + (refs.isEmpty() ? "none attached" : refs.size() + " attached")
                    + "; at least " + min + " needed.");
        }
        if (spec.maxCount() != null && refs.size() > spec.maxCount()) {
            return Verdict.problem(spec.label() + ": " + refs.size() + " attached; at most " + spec.maxCount() + ".");
        }
        for (DocumentRef ref : refs) {
            String problem = problem(spec, ref);
            if (problem != null) {
                return Verdict.problem(spec.label() + ": " + problem);
            }
        }
        return Verdict.ok(spec.label() + ": " + (refs.isEmpty() ? "none (optional)" : refs.get(0).displayName()
                + (refs.size() > 1 ? " and " + (refs.size() - 1) + " more" : "")));
    }

    private static String problem(DocumentSpec spec, DocumentRef ref) {
        boolean pdfOnly = spec.accepts().contains("pdf");
        if (ref.isUrl()) {
            if (pdfOnly) {
                return "attach the PDF file itself, not a link.";
            }
            return Links.problem(ref.url(), true);
        }
        if (ref.isText()) {
            if (pdfOnly || !spec.accepts().contains("text")) {
                return "pasted text is not accepted here; attach a file.";
            }
            if (ref.text().isBlank()) {
                return "the pasted text is empty.";
            }
            if (spec.maxTextLength() != null && ref.text().length() > spec.maxTextLength()) {
                return "the pasted text has " + ref.text().length() + " characters; at most " + spec.maxTextLength() + ".";
            }
            return null;
        }
        if (!ref.isFile()) {
            return "an empty entry.";
        }
        return fileProblem(Path.of(ref.file()), pdfOnly);
    }

    private static String fileProblem(Path file, boolean pdfOnly) {
        if (!Files.isRegularFile(file)) {
            return file.getFileName() + " is missing (was it moved or renamed?).";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            if (head.length == 0) {
                return file.getFileName() + " is empty.";
            }
            if (pdfOnly && !new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return file.getFileName() + " is not a PDF file (checked by its content, not its name).";
            }
            return null;
        } catch (IOException e) {
            return file.getFileName() + " cannot be read: " + e.getMessage();
        }
    }
}
