package io.offerkit.check;

import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.RenderedDescription;
import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.Linter;
import io.offerkit.text.lint.SummaryInDescriptionLint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text lints as the checklist sees them: each finding joins the item of the field it is in (a placeholder in the
 * description fails the description's item), so "ready" cannot disagree with the description studio. The levels are
 * the user's: a lint turned to warning only warns, one turned off is not run.
 */
final class TextFindings {
    private TextFindings() {
    }

    /** The findings, without those of lints the profile already gives an item of their own (no double report). */
    static List<LintFinding> of(Profile profile, Project project, RenderedDescription description, LintSettings lints) {
        Set<String> ownItems = profile.checklist().stream()
                .map(ChecklistItem::rule).filter(Objects::nonNull)
                .map(CheckEngine::lintIdOf).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        // A profile's "summary not inside the description" relation judges what that lint judges: one report, not two.
        if (profile.relations().stream().anyMatch(FieldRelationRule::coversSummaryInDescription)) {
            ownItems.add(new SummaryInDescriptionLint().id());
        }
        return Linter.run(project, description, lints == null ? LintSettings.defaults() : lints).stream()
                .filter(f -> !ownItems.contains(f.lintId()))
                .toList();
    }

    /**
     * A text field's verdict with that field's findings taken in: an error finding makes it a problem, a warning an
     * advisory (a problem the rule found stays one). The findings come first, errors before warnings.
     */
    static Verdict merge(Verdict verdict, List<LintFinding> findings) {
        if (findings.isEmpty()) {
            return verdict;
        }
        boolean error = findings.stream().anyMatch(f -> f.level() == LintLevel.ERROR);
        String message = findings.stream()
                .map(f -> error && f.level() != LintLevel.ERROR ? f.message() + " (a warning)" : f.message())
                .collect(Collectors.joining(" ")) + " " + verdict.message();
        if (verdict.kind() == Verdict.Kind.BLOCKING) {
            return Verdict.blocking(message);
        }
        return error || verdict.kind() == Verdict.Kind.PROBLEM ? Verdict.problem(message) : Verdict.advisory(message);
    }

    /** Where the item leads: the first finding's place in its field, else the item's own field. */
    static String location(ChecklistItem item, List<LintFinding> findings) {
        if (findings.isEmpty()) {
            return item.field();
        }
        LintFinding first = findings.get(0);
        return FieldKind.TEXT.field(first.field()) + (first.offset() >= 0 ? "@" + first.offset() : "");
    }

    static List<LintFinding> inField(List<LintFinding> all, String field) {
        List<LintFinding> inField = new ArrayList<>();
        for (LintFinding finding : all) {
            if (finding.field().equals(field)) {
                inField.add(finding);
            }
        }
        // Errors first: they are what the user must fix, and the first one is where the item leads.
        inField.sort((a, b) -> Boolean.compare(a.level() != LintLevel.ERROR, b.level() != LintLevel.ERROR));
        return inField;
    }
}
