package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Profile;
import io.offerkit.project.LanguageTag;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.LintLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The checklist once more for each further listing language: its per-language items (the name, summary,
 * description and keywords with their lints, the captions and video names) judged on the project as it reads in
 * that language, so a German listing with an empty summary is a failing item of its own, carrying "de-de".
 * Everything the languages share (logos, documents, links, screenshots' sizes, confirmations) is judged once.
 */
public final class ListingChecks {
    private static final Set<String> TEXT_FIELDS = Set.of("text:appName", "text:summary", "text:description", "text:keywords");

    private static final String LANGUAGE_OPENING = "language-opening";

    private ListingChecks() {
    }

    /** Does this item judge one language's texts (so each listing language gets a verdict of its own)? */
    public static boolean isPerLanguage(ChecklistItem item) {
        return TEXT_FIELDS.contains(item.field()) || "media-captions".equals(item.rule());
    }

    /**
     * The further listing languages the offer type takes, in tag order: all of them where it takes several, the
     * first ones up to its limit where it takes fewer, none where it takes one (a project made for Teams and then
     * judged as a Dynamics 365 offer keeps its German listing, but neither the checks nor the bundle use it).
     */
    public static List<String> furtherInUse(Profile profile, Project project) {
        int room = Math.max(0, profile.listingLanguageLimit() - 1);
        return project.listings().keySet().stream().limit(room).toList();
    }

    /** The language a verdict is about: a further language's tag, the primary's for a per-language item, else null. */
    public static String languageOf(CheckResult result, Project project) {
        if (result.language() != null) {
            return result.language();
        }
        return isPerLanguage(result.item()) ? ProjectListings.primary(project) : null;
    }

    /**
     * "This application is available only in German." is Dynamics 365's sentence for its one listing language; a
     * further listing stands beside the primary one, so the sentence could never be true of it and is not asked.
     */
    private static LintSettings withoutLanguageOpening(LintSettings lints) {
        LintSettings base = lints == null ? LintSettings.defaults() : lints;
        Map<String, LintLevel> levels = new HashMap<>(base.levels());
        levels.put(LANGUAGE_OPENING, LintLevel.OFF);
        return new LintSettings(levels, base.flaggedWords(), base.allowedWords());
    }

    /** The per-language items' verdicts for every further language, in tag order, then checklist order. */
    static List<CheckResult> further(Profile profile, Project project, LogoSet logos, SourceFiles files,
                                     LintSettings lints, MediaFacts media) {
        List<CheckResult> results = new ArrayList<>();
        LintSettings furtherLints = withoutLanguageOpening(lints);
        for (String tag : furtherInUse(profile, project)) {
            CheckContext context = CheckContext.of(profile, ProjectListings.viewedIn(project, tag), logos, files,
                    furtherLints, media);
            String name = LanguageTag.of(tag).displayName();
            for (ChecklistItem item : profile.checklist()) {
                if (isPerLanguage(item) && !LANGUAGE_OPENING.equals(item.rule())) {
                    results.add(CheckEngine.evaluate(context, item).inLanguage(tag, name));
                }
            }
        }
        return results;
    }
}
