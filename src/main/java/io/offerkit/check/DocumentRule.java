package io.offerkit.check;

import io.offerkit.common.Reasons;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.document.DocumentFacts;
import io.offerkit.document.DocumentInspector;
import io.offerkit.project.SourceFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
            String problem = problem(spec, ref, context.files());
            if (problem != null) {
                return Verdict.problem(spec.label() + ": " + problem);
            }
        }
        return Verdict.ok(spec.label() + ": " + (refs.isEmpty() ? "none (optional)" : refs.get(0).displayName()
                + (refs.size() > 1 ? " and " + (refs.size() - 1) + " more" : "")));
    }

    private static String problem(DocumentSpec spec, DocumentRef ref, SourceFiles files) {
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
        return fileProblem(spec, ref.file(), files);
    }

    private static String fileProblem(DocumentSpec spec, String file, SourceFiles files) {
        DocumentFacts facts;
        if (files == null) {
            facts = DocumentInspector.inspect(Path.of(file), spec);
        } else {
            String name = String.valueOf(Path.of(file).getFileName());
            try {
                facts = DocumentInspector.inspect(files.read(file), name, spec);
            } catch (NoSuchFileException e) {
                return name + " is missing (was it moved or renamed?).";
            } catch (IOException e) {
                return name + " cannot be read: " + Reasons.of(e) + ".";
            }
        }
        return facts.ok() ? null : facts.problems().get(0);
    }
}
