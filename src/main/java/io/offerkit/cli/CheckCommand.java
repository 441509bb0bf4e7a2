package io.offerkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.check.ListingChecks;
import io.offerkit.project.Project;
import io.offerkit.common.Json;
import io.offerkit.text.lint.LintSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {
        "Checks a project against its profile's checklist, or with --profile against another offer type's (the project",
        "file is not changed). A failing or warning item names its rule and source.",
        "In JSON, an item about one screenshot or video names it: \"screenshot\": 2, \"video\": 1.",
        "Exit 0 when ready (everything passes or warns), 1 when anything fails or awaits confirmation."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    /**
     * Where a media item leads when one entry needs the fix ("media:screenshot-02", "media:video-01"): the JSON names
     * the entry by its number ("screenshot": 2), as the message does ("Screenshot 2 ..."), for a script to act on.
     */
    private static final Pattern MEDIA_ENTRY = Pattern.compile("media:(screenshot|video)-(\\d+)");

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @picocli.CommandLine.Mixin
    private LintSettingsOption lintSettings;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Judge the project by this profile instead of its own (see offerkit profiles).")
    private String profileId;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() throws Exception {
        LoadedProject loaded = LoadedProject.readOrSay("check", projectFile, profileId, spec.commandLine().getErr());
        if (loaded == null) {
            return OfferKitCommand.BAD_INPUT;
        }
        LintSettings lints = lintSettings.read();
        if (lints == null) {
            spec.commandLine().getErr().println("offerkit check: " + lintSettings.missing());
            return OfferKitCommand.BAD_INPUT;
        }
        CheckReport report = CheckEngine.evaluate(loaded.profile(), loaded.project(), loaded.logos(), null, lints);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.mapper().writeValueAsString(json(report, loaded.project())));
        } else {
            text(report, out);
        }
        return report.ready() ? OfferKitCommand.OK : OfferKitCommand.CHECKS_FAILED;
    }

    private static ObjectNode json(CheckReport report, Project project) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("ready", report.ready());
        ArrayNode items = root.putArray("items");
        for (CheckResult r : report.results()) {
            ObjectNode item = items.addObject()
                    .put("id", r.item().id())
                    .put("group", r.item().group().name().toLowerCase(Locale.ROOT))
                    .put("title", r.item().title())
                    .put("state", r.state().id())
                    .put("message", r.message());
            Matcher entry = MEDIA_ENTRY.matcher(r.location() == null ? "" : r.location());
            if (entry.matches()) {
                item.put(entry.group(1), Integer.parseInt(entry.group(2)));
            }
            String language = ListingChecks.languageOf(r, project);
            if (language != null) {
                item.put("language", language);
            }
        }
        return root;
    }

    private static void text(CheckReport report, PrintWriter out) {
        for (CheckResult r : report.results()) {
            out.printf("%-7s %-24s %s%s%n", r.state().id().toUpperCase(Locale.ROOT), r.item().id(), r.message(),
                    r.state() == CheckState.FAIL || r.state() == CheckState.WARN ? " (" + r.why() + ")" : "");
        }
        Map<CheckState, Integer> counts = report.counts();
        out.printf("%n%s: %d pass, %d warn, %d fail, %d to confirm%n", report.ready() ? "Ready" : "Not ready",
                counts.get(CheckState.PASS), counts.get(CheckState.WARN), counts.get(CheckState.FAIL), counts.get(CheckState.CONFIRM));
    }
}
