package io.offerkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.common.Json;
import io.offerkit.imaging.ImageInspector;
import io.offerkit.imaging.Inspection;
import io.offerkit.imaging.SlotMatch;
import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", description = {
        "Checks existing images against a profile's slots: each file's facts, the slots it satisfies, and why not;",
        "also whether it is a listing screenshot or video thumbnail of the profile (size, PNG, byte limit).",
        "Exit 0 when every image satisfies a slot, 1 when some do not, 2 when an input cannot be read."})
final class InspectCommand implements Callable<Integer> {
    private static final int MAX_DEPTH = 4;
    private static final int MAX_FILES = 10_000;

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileRegistry.DEFAULT_PROFILE_ID,
            description = "Requirement profile (default: ${DEFAULT-VALUE}).")
    private String profileId;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Images, or folders searched for images.")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Profile profile;
        try {
            profile = ProfileRegistry.builtIn().get(profileId);
        } catch (ProfileException e) {
            err.println("offerkit inspect: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
        List<Inspection> inspections = new ArrayList<>();
        boolean badInput = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : imagesIn(input)) {
                    inspections.add(ImageInspector.inspect(file, profile));
                }
            } else {
                Inspection inspection = ImageInspector.inspect(input, profile);
                badInput |= !inspection.readable();
                inspections.add(inspection);
            }
        }
        if (format == Format.json) {
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(json(profile, inspections)));
        } else {
            text(profile, inspections, spec.commandLine().getOut());
        }
        if (badInput) {
            return OfferKitCommand.BAD_INPUT;
        }
        boolean allFit = inspections.stream().allMatch(i -> i.readable() && !i.satisfied().isEmpty());
        return allFit ? OfferKitCommand.OK : OfferKitCommand.CHECKS_FAILED;
    }

    /** Files in a folder that are images by content or by name (a misnamed image is worth reporting too). */
    private static List<Path> imagesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> looksLikeImage(p))
                    .sorted()
                    .limit(MAX_FILES)
                    .toList();
        }
    }

    private static boolean looksLikeImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(png|jpe?g|gif|bmp|tiff?|svg|ico|psd|webp)$")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ImageFormats.sniff(in.readNBytes(ImageFormats.SNIFF_BYTES)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void text(Profile profile, List<Inspection> inspections, PrintWriter out) {
        out.println("Profile " + profile.id() + " (rules as of " + profile.sourceDate().map(Object::toString).orElse("?") + ")");
        for (Inspection i : inspections) {
            out.println();
            out.println(i.file());
            if (!i.readable()) {
                out.println("  cannot be used: " + i.error());
                continue;
            }
            out.println("  " + i.facts().summary());
            i.fileNotes().forEach(n -> out.println("  note: " + n));
            describeSlots(i, out);
        }
        Set<String> covered = covered(inspections);
        List<String> missing = profile.imageSlots().stream().map(ImageSlot::id).filter(id -> !covered.contains(id)).toList();
        out.println();
        out.println("Slots covered: " + (profile.imageSlots().size() - missing.size()) + " of " + profile.imageSlots().size()
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)));
        if (!profile.media().isEmpty()) {
            out.println("Listing media: " + String.join(", ", mediaFits(inspections).entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList()) + " (" + String.join(", ",
                    profile.media().stream().map(g -> (g.kind() == MediaKind.SCREENSHOT ? "screenshots " : "video thumbnails ")
                            + g.sizeText()).toList()) + ")");
        }
    }

    /** How many files fit as each kind of listing media ("screenshot", "video-thumbnail"). */
    private static Map<String, Integer> mediaFits(List<Inspection> inspections) {
        Map<String, Integer> fits = new LinkedHashMap<>();
        fits.put("screenshot", 0);
        fits.put("video-thumbnail", 0);
        inspections.forEach(i -> i.media().stream().filter(SlotMatch::satisfied)
                .forEach(m -> fits.merge(m.slotId(), 1, Integer::sum)));
        return fits;
    }

    /**
     * A file that fits some slot lists just those; one that fits none lists the slots of its size with the reasons,
     * or, when no slot has its size, the sizes the profile needs: what a designer needs to fix it, without noise.
     */
    private static void describeSlots(Inspection i, PrintWriter out) {
        Inspection.Explanation why = i.explanation();
        if (!why.fits().isEmpty()) {
            why.fits().forEach(m -> out.println("  OK   " + m.slotId() + (m.reason().isEmpty() ? "" : " " + m.reason())));
        } else if (why.noSlot() == null) {
            why.misses().forEach(m -> out.println("  no   " + m.slotId() + ": " + m.reason()));
        } else {
            out.println("  no   " + why.noSlot());
            why.also().forEach(p -> out.println("       also: " + p));
        }
        why.media().forEach(m -> out.println("  no   " + m.slotId() + ": " + m.reason()));
    }

    /** The logo slots some file satisfies. */
    private static Set<String> covered(List<Inspection> inspections) {
        Set<String> covered = new LinkedHashSet<>();
        inspections.forEach(i -> i.slots().stream().filter(SlotMatch::satisfied).forEach(m -> covered.add(m.slotId())));
        return covered;
    }

    private static ObjectNode json(Profile profile, List<Inspection> inspections) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("profile", profile.id());
        ArrayNode files = root.putArray("files");
        for (Inspection i : inspections) {
            ObjectNode f = files.addObject().put("file", i.file().toString());
            if (!i.readable()) {
                f.put("error", i.error());
                continue;
            }
            ImageFacts facts = i.facts();
            f.set("facts", Json.mapper().valueToTree(facts));
            f.set("notes", Json.mapper().valueToTree(i.fileNotes()));
            matches(f.putArray("slots"), "slot", i.slots());
            matches(f.putArray("media"), "kind", i.media());
        }
        Set<String> covered = covered(inspections);
        root.set("covered", Json.mapper().valueToTree(covered));
        root.set("missing", Json.mapper().valueToTree(profile.imageSlots().stream().map(ImageSlot::id)
                .filter(id -> !covered.contains(id)).toList()));
        root.set("media", Json.mapper().valueToTree(mediaFits(inspections)));
        return root;
    }

    private static void matches(ArrayNode array, String name, List<SlotMatch> matches) {
        for (SlotMatch m : matches) {
            array.addObject().put(name, m.slotId()).put("size", m.slotSize()).put("satisfied", m.satisfied())
                    .<ObjectNode>set("problems", Json.mapper().valueToTree(m.problems()))
                    .set("notes", Json.mapper().valueToTree(m.notes()));
        }
    }
}
