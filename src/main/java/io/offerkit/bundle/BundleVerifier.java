package io.offerkit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import io.offerkit.common.Json;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks a bundle as received: every checksum in {@code offer.json}, no file missing or added, and every rule of
 * the profile against the bundle's own project and its exported logos (not re-rendered: what is in the bundle is
 * what gets uploaded).
 */
public final class BundleVerifier {
    private BundleVerifier() {
    }

    /**
     * The verdict: checksum problems, the checklist as the bundle stands, and the screenshots and thumbnails the
     * export could not make (offer.json says which and why), which no upload can do without.
     */
    public record Verification(List<String> fileProblems, CheckReport checks, boolean draft, List<String> mediaMissing) {
        public Verification {
            fileProblems = List.copyOf(fileProblems);
            mediaMissing = List.copyOf(mediaMissing);
        }

        public boolean valid() {
            return fileProblems.isEmpty() && mediaMissing.isEmpty()
                    && checks.results().stream().noneMatch(r -> r.state() == CheckState.FAIL);
        }
    }

    public static Verification verify(Bundle bundle, ProfileRegistry profiles) throws BundleException {
        JsonNode offer = offerJson(bundle);
        List<String> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (JsonNode file : offer.path("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            byte[] bytes = bundle.file(path);
            if (bytes == null) {
                problems.add(path + " is listed in offer.json but missing.");
            } else if (!Digests.sha256(bytes).equals(file.path("sha256").asText())) {
                problems.add(path + " has changed: its SHA-256 does not match offer.json.");
            } else if (bytes.length != file.path("bytes").asLong(-1)) {
                problems.add(path + " has changed: its size does not match offer.json.");
            }
        }
        for (String path : bundle.files().keySet()) {
            if (!path.equals(BundleLayout.OFFER_JSON) && !listed.contains(path)) {
                problems.add(path + " is not listed in offer.json (added after export?).");
            }
        }
        List<String> mediaMissing = new ArrayList<>();
        mediaProblems(bundle, profiles, offer, problems, mediaMissing);
        CheckReport checks = recheck(bundle, profiles, offer);
        return new Verification(problems, checks, offer.path("draft").asBoolean(false), mediaMissing);
    }

    /**
     * Each screenshot and video thumbnail offer.json lists: present, its own SHA-256, and a PNG of its group's exact
     * size (what the marketplace takes), so a capture swapped in after export is caught even with its hash updated.
     */
    private static void mediaProblems(Bundle bundle, ProfileRegistry profiles, JsonNode offer, List<String> problems,
                                      List<String> missing) {
        JsonNode media = offer.path("media");
        if (media.isMissingNode()) {
            return;
        }
        Profile profile;
        try {
            profile = profiles.get(offer.path("profile").path("id").asText());
        } catch (OfferKitException e) {
            problems.add("The screenshots cannot be checked: " + e.getMessage());
            return;
        }
        for (JsonNode shot : media.path("screenshots")) {
            if (shot.hasNonNull("problem") && !shot.hasNonNull("file")) {
                missing.add(shot.path("problem").asText());
            } else {
                mediaFile(bundle, profile, MediaKind.SCREENSHOT, shot.path("file").asText(), shot, problems);
            }
        }
        for (JsonNode video : media.path("videos")) {
            if (video.hasNonNull("problem") && !video.hasNonNull("thumbnail")) {
                missing.add(video.path("problem").asText());
            } else if (video.hasNonNull("thumbnail")) {
                mediaFile(bundle, profile, MediaKind.VIDEO, video.path("thumbnail").asText(), video, problems);
            }
        }
    }

    private static void mediaFile(Bundle bundle, Profile profile, MediaKind kind, String path, JsonNode entry,
                                  List<String> problems) {
        byte[] png = bundle.file(path);
        // A file the checksum list already found changed or missing is said once.
        boolean said = problems.stream().anyMatch(p -> p.startsWith(path + " "));
        if (png == null) {
            if (!said) {
                problems.add(path + " is listed in offer.json's media but missing.");
            }
            return;
        }
        if (!said && !Digests.sha256(png).equals(entry.path("sha256").asText())) {
            problems.add(path + " has changed: its SHA-256 does not match offer.json's media.");
        }
        MediaGroup group = profile.mediaGroup(kind).orElse(null);
        if (group == null) {
            problems.add(path + ": the profile " + profile.id() + " takes no " + kind.name().toLowerCase(Locale.ROOT) + "s.");
            return;
        }
        try {
            SourceImage image = ImageDecoder.read(png, path);
            if (!"PNG".equals(image.facts().format())) {
                problems.add(path + " is not really a PNG (" + image.facts().format() + ").");
            } else if (image.facts().width() != group.width() || image.facts().height() != group.height()) {
                problems.add(path + " is " + image.facts().width() + "x" + image.facts().height() + ", not the "
                        + group.sizeText() + " the marketplace takes.");
            }
        } catch (OfferKitException e) {
            problems.add(path + ": " + e.getMessage());
        }
    }

    private static JsonNode offerJson(Bundle bundle) throws BundleException {
        byte[] bytes = bundle.file(BundleLayout.OFFER_JSON);
        if (bytes == null) {
            throw new BundleException("Not an OfferKit bundle: there is no offer.json.");
        }
        try {
            JsonNode offer = Json.mapper().readTree(bytes);
            if (offer == null || !BundleLayout.FORMAT.equals(offer.path("format").asText())) {
                throw new BundleException("Not an OfferKit bundle: offer.json does not say \"format\": \"" + BundleLayout.FORMAT + "\".");
            }
            return offer;
        } catch (IOException e) {
            throw new BundleException("offer.json is damaged: " + e.getMessage(), e);
        }
    }

    private static CheckReport recheck(Bundle bundle, ProfileRegistry profiles, JsonNode offer) throws BundleException {
        String projectName = bundle.files().keySet().stream()
                .filter(p -> !p.contains("/") && p.endsWith(ProjectFiles.EXTENSION)).findFirst()
                .orElseThrow(() -> new BundleException("The bundle holds no project file (*.offerkit)."));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("offerkit-verify-");
            BundleReader.extract(bundle, dir);
            Project project = ProjectFiles.read(dir.resolve(projectName));
            Profile profile = profiles.get(project.profileId());
            return CheckEngine.evaluate(profile, project, exportedLogos(bundle, profile));
        } catch (IOException e) {
            throw new BundleException("Cannot verify the bundle: " + e.getMessage(), e);
        } catch (OfferKitException e) {
            throw new BundleException("The bundle's project cannot be read: " + e.getMessage(), e);
        } finally {
            BundleWriter.deleteQuietly(dir);
        }
    }

    /** The logos as exported, decoded from the bundle; a slot whose PNG is missing or broken is a problem. */
    private static LogoSet exportedLogos(Bundle bundle, Profile profile) {
        Map<String, RenderedSlot> slots = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (ImageSlot slot : profile.imageSlots()) {
            String path = BundleLayout.logo(slot.id());
            byte[] png = bundle.file(path);
            if (png == null) {
                problems.put(slot.id(), path + " is not in the bundle.");
                continue;
            }
            try {
                SourceImage image = ImageDecoder.read(png, path);
                if (!"PNG".equals(image.facts().format())) {
                    problems.put(slot.id(), path + " is not really a PNG (" + image.facts().format() + ").");
                } else {
                    slots.put(slot.id(), new RenderedSlot(slot.id(), image.pixels(), List.of()));
                }
            } catch (OfferKitException e) {
                problems.put(slot.id(), e.getMessage());
            }
        }
        return new LogoSet(slots, problems);
    }
}
