package io.offerkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.bundle.FillSheet;
import io.offerkit.check.CheckEngine;
import io.offerkit.common.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "handoff", description = {
        "Prints the fill sheet: every page and field of the marketplace's web form in the form's order, with the",
        "project's value or files (named as the export bundle names them), the limit and the checklist's state",
        "(ok, warn, fail, over-limit, missing, empty, confirm, reminder).",
        "Exit 0 when no field fails or is missing, 1 when one does."})
final class HandoffCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final Set<String> FAILING = Set.of("fail", "over-limit", "missing");

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() throws Exception {
        LoadedProject loaded = LoadedProject.readOrSay("handoff", projectFile, null, spec.commandLine().getErr());
        if (loaded == null) {
            return OfferKitCommand.BAD_INPUT;
        }
        FillSheet sheet = FillSheet.build(loaded.profile(), loaded.project(),
                CheckEngine.evaluate(loaded.profile(), loaded.project(), loaded.logos()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.mapper().writeValueAsString(json(sheet)));
        } else {
            text(sheet, out);
        }
        return sheet.rows().stream().anyMatch(r -> FAILING.contains(r.state())) ? OfferKitCommand.CHECKS_FAILED : OfferKitCommand.OK;
    }

    /** A field with one value has it as text, a list field (keywords, captions) as an array; files always as an array. */
    private static ArrayNode json(FillSheet sheet) {
        ArrayNode rows = Json.mapper().createArrayNode();
        for (FillSheet.Row r : sheet.rows()) {
            ObjectNode row = rows.addObject().put("page", r.page()).put("field", r.field());
            if (r.values().size() == 1 && r.files().isEmpty()) {
                row.put("value", r.values().get(0));
            } else if (!r.values().isEmpty()) {
                row.set("value", Json.mapper().valueToTree(r.values()));
            }
            if (!r.files().isEmpty()) {
                row.set("files", Json.mapper().valueToTree(r.files()));
            }
            row.put("limit", r.limit()).put("state", r.state()).put("message", r.message());
        }
        return rows;
    }

    private static void text(FillSheet sheet, PrintWriter out) {
        String page = null;
        for (FillSheet.Row r : sheet.rows()) {
            if (!r.page().equals(page)) {
                page = r.page();
                out.printf("%n== %s ==%n", page);
            }
            out.printf("%-10s %s%s%n", r.state().toUpperCase(java.util.Locale.ROOT), r.field(),
                    r.limit() == null ? "" : " (" + r.limit() + ")");
            for (String value : r.values()) {
                out.println("           " + oneLine(value));
            }
            for (String file : r.files()) {
                out.println("           file: " + file);
            }
            if (r.message() != null && !r.state().equals("ok")) {
                out.println("           " + r.message());
            }
        }
    }

    /** A long or multi-line value (the description's HTML) as its first 100 characters on one line. */
    private static String oneLine(String value) {
        String line = String.join(" ", List.of(value.split("\\R")));
        return line.length() <= 100 ? line : line.substring(0, 100) + "...";
    }
}
