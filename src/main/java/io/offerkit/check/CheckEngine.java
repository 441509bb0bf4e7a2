package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Profile;
import io.offerkit.profile.Severity;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.lint.LanguageOpeningLint;
import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.SummaryInDescriptionLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a profile's checklist against a project: a pure function of the profile, the project and its rendered
 * logos, so the UI can run it on every edit and the CLI and the bundle report agree with the panel.
 */
public final class CheckEngine {
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("text-field", new TextFieldRule()),
            Map.entry("list-field", new TextFieldRule()),
            Map.entry("html-field", new HtmlFieldRule()),
            Map.entry("summary-differs", new LintRule(new SummaryInDescriptionLint(), "The summary differs from the description.")),
            Map.entry("language-opening", new LintRule(new LanguageOpeningLint(), "The description opens as its language requires.")),
            Map.entry("logo-slot", new LogoSlotRule()),
            Map.entry("logo-guidance", new LogoGuidanceRule()),
            Map.entry("document", new DocumentRule()),
            Map.entry("link", new LinkRule()),
            Map.entry("links-differ", new LinksDifferRule()),
            Map.entry("field-relation", new FieldRelationRule()),
            Map.entry("slot-pixels", new SlotPixelRule()),
            Map.entry("media-count", new MediaCountRule()),
            Map.entry("media-captions", new MediaCaptionRule()),
            Map.entry("media-size", new MediaSizeRule()),
            Map.entry("video-address", new VideoAddressRule()),
            Map.entry("video-thumbnail", new VideoThumbnailRule()),
            Map.entry("contact", new ContactRule()),
            Map.entry("choices", new ChoicesRule()));
    /** The rules of the text fields' items, which take in the lint findings in their field. */
    private static final Set<String> TEXT_RULES = Set.of("text-field", "list-field", "html-field");

    private CheckEngine() {
    }

    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos) {
        return evaluate(profile, project, logos, null);
    }

    /** As above, inspecting the documents from {@code files} (an export's one read of each file) when not null. */
    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos, SourceFiles files) {
        return evaluate(profile, project, logos, files, LintSettings.defaults());
    }

    /**
     * As above, the text lints at the user's levels {@code lints}: an error-level finding fails the item of its
     * field, a warning-level one makes it a warning, a lint turned off counts for nothing.
     */
    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos, SourceFiles files,
                                       LintSettings lints) {
        return evaluate(profile, project, logos, files, lints, null);
    }

    /**
     * As above, the media rules judging the captures and thumbnails by {@code media} (the app's decoded working
     * copies); null reads them from disk.
     */
    public static CheckReport evaluate(Profile profile, Project project, LogoSet logos, SourceFiles files,
                                       LintSettings lints, MediaFacts media) {
        CheckContext context = CheckContext.of(profile, project, logos, files, lints, media);
        List<CheckResult> results = new ArrayList<>();
        for (ChecklistItem item : profile.checklist()) {
            results.add(evaluate(context, item));
        }
        // each further listing language's texts, after the primary's and what they share
        results.addAll(ListingChecks.further(profile, project, logos, files, lints, context.mediaFacts()));
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
        List<LintFinding> findings = TEXT_RULES.contains(item.rule())
                ? TextFindings.inField(context.findings(), item.target()) : List.of();
        Verdict verdict = TextFindings.merge(rule.apply(context, item.target()), findings);
        CheckState state = switch (verdict.kind()) {
            case OK -> CheckState.PASS;
            case ADVISORY -> CheckState.WARN;
            case PROBLEM -> item.severity() == Severity.WARNING ? CheckState.WARN : CheckState.FAIL;
            case BLOCKING -> CheckState.FAIL;
        };
        String location = verdict.location() != null ? verdict.location() : TextFindings.location(item, findings);
        return new CheckResult(item, state, verdict.message(), location);
    }

    /** The lint a rule is backed by (its item judges that lint's findings itself), or null. */
    static String lintIdOf(String ruleId) {
        return RULES.get(ruleId) instanceof LintRule lintRule ? lintRule.lintId() : null;
    }
}
