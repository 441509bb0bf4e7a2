package io.offerkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.common.ByteSizes;
import io.offerkit.common.Json;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "profiles", description = {
        "Lists the requirement profiles (offer types): their sources and dates, image slots, media and text limits.",
        "--format json gives every profile whole, as its JSON file holds it (with \"default\" and \"sourceDate\")."})
final class ProfilesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Profile> profiles = ProfileRegistry.builtIn().all();
        if (format == Format.json) {
            out.println(Json.mapper().writeValueAsString(json(profiles)));
            return OfferKitCommand.OK;
        }
        for (Profile p : profiles) {
            text(p, out);
        }
        return OfferKitCommand.OK;
    }

    private static ObjectNode json(List<Profile> profiles) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode all = root.putArray("profiles");
        for (Profile p : profiles) {
            ObjectNode node = Json.mapper().valueToTree(p);
            node.put("default", p.id().equals(ProfileRegistry.DEFAULT_PROFILE_ID));
            p.sourceDate().ifPresent(d -> node.put("sourceDate", d.toString()));
            // An undated source (the Teams manifest schema) still says so, rather than leaving the date out.
            node.withArray("sources").forEach(s -> {
                if (!s.has("date")) {
                    ((ObjectNode) s).putNull("date");
                }
            });
            all.add(node);
        }
        return root;
    }

    /** One profile as a block of aligned lines: what a designer and a writer need to know of the offer type. */
    private static void text(Profile p, PrintWriter out) {
        out.printf("%s%s%n  %s%n  rules as of %s, verified %s%n", p.id(),
                p.id().equals(ProfileRegistry.DEFAULT_PROFILE_ID) ? " (default)" : "", p.title(),
                p.sourceDate().map(Object::toString).orElse("?"), p.verifiedOn());
        row(out, "slots", p.imageSlots().stream().map(ProfilesCommand::describe).toList());
        row(out, "media", p.media().stream().map(ProfilesCommand::describe).toList());
        row(out, "text", p.textFields().stream().map(ProfilesCommand::describe).toList());
        if (p.languages() != null) {
            out.printf("  %-10s %s%n", "languages:", p.languages().max() == null ? "several"
                    : p.languages().max() == 1 ? "one" : "up to " + p.languages().max());
        }
    }

    private static void row(PrintWriter out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.printf("  %-10s %s%n", name + ":", String.join("; ", values));
        }
    }

    /** "outline-32x32 32x32 (white on transparent)", "icon-300x300 300x300 <= 51200 KB". */
    private static String describe(ImageSlot s) {
        return s.id() + " " + s.sizeText() + (s.required() ? "" : " optional")
                + (s.maxBytes() == null ? "" : " <= " + ByteSizes.wholeKilobytes(s.maxBytes()))
                + (s.pixelRule() == null ? "" : " (" + s.pixelRule().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }

    /** "screenshots 1-5 PNG 1280x720, captioned": a media group in one line. */
    private static String describe(MediaGroup m) {
        return m.id() + " " + m.countText() + " " + String.join("/", m.formats()).toUpperCase(Locale.ROOT) + " "
                + m.sizeText() + (m.maxBytes() == null ? "" : " <= " + ByteSizes.wholeKilobytes(m.maxBytes()))
                + (m.kind() == MediaKind.VIDEO ? " thumbnails, on " + String.join(" or ", m.hosts())
                        : m.captionRequired() ? ", captioned" : "");
    }

    /** "description <= 4000 chars, <= 500 words", "keywords <= 3 items". */
    private static String describe(TextFieldSpec t) {
        List<String> limits = new ArrayList<>();
        if (t.maxLength() != null) {
            limits.add("<= " + t.maxLength() + " chars");
        }
        if (t.maxWords() != null) {
            limits.add("<= " + t.maxWords() + " words");
        }
        if (t.maxItems() != null) {
            limits.add("<= " + t.maxItems() + " items" + (t.maxItemLength() == null ? "" : " of <= " + t.maxItemLength()));
        }
        if (t.singleLine()) {
            limits.add("one line");
        }
        if (t.plainText()) {
            limits.add("plain text");
        }
        return t.id() + (limits.isEmpty() ? "" : " " + String.join(", ", limits));
    }
}
