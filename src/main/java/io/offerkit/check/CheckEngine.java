package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Profile;
import io.offerkit.profile.Severity;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.lint.LanguageOpeningLint;
import io.offerkit.text.lint.SummaryInDescriptionLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a profile's checklist against a project: a pure function of the profile, the project and its rendered
 * logos, so the UI can run it on every edit and the CLI and the bundle report agree with the panel.
 */
public final class CheckEngine {
    private static final Map<String, Rule> RULES = Map.of(
            "text-field", new TextFieldRule(),
            "list-field", new TextFieldRule(),
            "html-field", new HtmlFieldRule(),
            "summary-differs", new LintRule(new SummaryInDescriptionLint(), "The summary differs from the description."),
            "language-opening", new LintRule(new LanguageOpeningLint(), "The description opens as its language requires."),
            "logo-slot", new LogoSlotRule(),
            "logo-guidance", new LogoGuidanceRule(),
            "document", new DocumentRule(),
            "link", new LinkRule(),
            "links-differ", new LinksDifferRule());

    private CheckEngine() {
    }

    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos) {
        return evaluate(profile, project, logos, null);
    }

    /** As above, inspecting the documents from {@code files} (an export's one read of each file) when not null. */
    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos, SourceFiles files) {
        CheckContext context = CheckContext.of(profile, project, logos, files);
        List<CheckResult> results = new ArrayList<>();
        for (ChecklistItem item : profile.checklist()) {
            results.add(evaluate(context, item));
        }
        return new CheckReport(results);
    }

    static CheckResult evaluate(CheckContext context, ChecklistItem item) {
        if (item.kind() == CheckKind.ATTESTED) {
            return AttestationRule.apply(context, item);
        }
        Rule rule = RULES.get(item.rule());
        if (rule == null) {
            return new CheckResult(item, CheckState.FAIL, "This OfferKit does not know the rule '" + item.rule()
                    + "'; update OfferKit or fix the profile.");
        }
        Verdict verdict = rule.apply(context, item.target());
        CheckState state = switch (verdict.kind()) {
            case OK -> CheckState.PASS;
            case ADVISORY -> CheckState.WARN;
            case PROBLEM -> item.severity() == Severity.WARNING ? CheckState.WARN : CheckState.FAIL;
        };
        return new CheckResult(item, state, verdict.message());
    }
}
