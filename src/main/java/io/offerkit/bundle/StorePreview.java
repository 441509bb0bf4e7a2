package io.offerkit.bundle;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.check.MediaFacts;
import io.offerkit.check.MediaWarnings;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.PixelRule;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.text.RenderedDescription;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the store preview shows, gathered from an export: the texts as typed, the description as the bundle's
 * {@code description.html} has it, the logos and media as the bundle's own PNGs reduced to the size the page shows
 * them ({@link PreviewImages}: data URIs, so the page loads nothing), and each screenshot's warning as the checklist's
 * media-size item gave it. Links and documents are named, never linked: the page opens nothing.
 */
record StorePreview(String name, String publisher, String summary, int summaryLimit, String marketplace,
                    String tileLogo, String largeLogo, String descriptionHtml, List<Shot> shots, List<Clip> clips,
                    List<Named> links, List<Named> documents) {

    /** Where the store cuts a summary that has no limit in the profile: the "Search results summary <= 100" of marketplace-rules.md. */
    static final int DEFAULT_SUMMARY_LIMIT = 100;
    /** The detail page's media frame, in CSS pixels: AppSource shows its carousel about this wide. */
    static final int FRAME_WIDTH = 640;
    private static final int TILE_LOGO_PIXELS = 96;
    private static final int LARGE_LOGO_PIXELS = 216;
    private static final String SIZE_RULE = "media-size";

    /** A screenshot: its reduced image (null when the export could not make it), caption, the checklist's warning or null. */
    record Shot(String image, String caption, String warning) {
    }

    /** A video: its thumbnail reduced (null when none), its name and the host of its address ("youtube.com"). */
    record Clip(String image, String name, String host) {
    }

    /** A link or document as the page names it: its label and what it points at, without a scheme. */
    record Named(String label, String detail) {
    }

    /**
     * The preview of an export: {@code files} the bundle's files so far (its logos and media), {@code documentName}
     * a document file's name as the bundle holds it (so a reopened bundle's project gives the same page).
     */
    static StorePreview of(Project project, BundleBuilder.Context context, RenderedDescription description,
                           List<MediaFiles.Entry> media, Map<String, byte[]> files, UnaryOperator<String> documentName) {
        Profile profile = context.profile();
        List<ImageSlot> squares = profile.imageSlots().stream().filter(s -> s.width() == s.height())
                .filter(s -> s.pixelRule() != PixelRule.WHITE_ON_TRANSPARENT)
                .sorted(Comparator.comparingInt(ImageSlot::width)).toList();
        // The tile shows the small logo: the smallest square slot of 40 px or more (Partner Center derives a 48x48).
        Optional<ImageSlot> small = squares.stream().filter(s -> s.width() >= 40).findFirst()
                .or(() -> squares.stream().reduce((a, b) -> b));
        Optional<ImageSlot> large = squares.stream().reduce((a, b) -> b);
        Integer max = profile.textField("summary").map(TextFieldSpec::maxLength).orElse(null);
        int limit = max == null ? DEFAULT_SUMMARY_LIMIT : max;
        return new StorePreview(project.appName(), project.details().text("developerName"), project.summary(), limit,
                profile.marketplace(), logo(files, small, TILE_LOGO_PIXELS), logo(files, large, LARGE_LOGO_PIXELS),
                description == null ? "" : description.html(), shots(profile, project, context, media, files),
                clips(media, files), links(profile, project), documents(profile, project, documentName));
    }

    private static String logo(Map<String, byte[]> files, Optional<ImageSlot> slot, int pixels) {
        return slot.map(s -> PreviewImages.dataUri(files.get(BundleLayout.logo(s.id())), pixels)).orElse(null);
    }

    private static List<Shot> shots(Profile profile, Project project, BundleBuilder.Context context,
                                    List<MediaFiles.Entry> media, Map<String, byte[]> files) {
        List<MediaFiles.Entry> screenshots = media.stream().filter(e -> e.kind() == MediaKind.SCREENSHOT).toList();
        CheckResult size = context.report().results().stream()
                .filter(r -> SIZE_RULE.equals(r.item().rule()) && r.item().target() != null
                        && profile.mediaGroup(MediaKind.SCREENSHOT).map(g -> g.id().equals(r.item().target())).orElse(false))
                .findFirst().orElse(null);
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < screenshots.size(); i++) {
            MediaFiles.Entry entry = screenshots.get(i);
            shots.add(new Shot(PreviewImages.dataUri(entry.file() == null ? null : files.get(entry.file()), FRAME_WIDTH),
                    entry.caption(), warning(profile, project, size, i + 1)));
        }
        return shots;
    }

    /**
     * The checklist's word on screenshot {@code number}: the media-size item leads to the first screenshot it finds
     * upscaled (or far from the shape) and gives its message; when it says more have a problem too, the same rule's
     * word on each of them ({@link MediaWarnings#size}), so every such screenshot is marked and no other.
     */
    private static String warning(Profile profile, Project project, CheckResult size, int number) {
        if (size == null || size.state() == CheckState.PASS) {
            return null;
        }
        String field = String.format(Locale.ROOT, "media:screenshot-%02d", number);
        if (field.equals(size.location())) {
            return size.message();
        }
        return MediaWarnings.size(profile, project, MediaKind.SCREENSHOT, number, MediaFacts.fromDisk()).orElse(null);
    }

    private static List<Clip> clips(List<MediaFiles.Entry> media, Map<String, byte[]> files) {
        return media.stream().filter(e -> e.kind() == MediaKind.VIDEO)
                .map(e -> new Clip(PreviewImages.dataUri(e.file() == null ? null : files.get(e.file()), FRAME_WIDTH),
                        e.caption(), host(e.address()))).toList();
    }

    private static List<Named> links(Profile profile, Project project) {
        List<Named> links = new ArrayList<>();
        for (LinkSpec spec : profile.links()) {
            String url = project.link(spec.id());
            if (url != null && !url.isBlank()) {
                links.add(new Named(spec.label(), host(url)));
            }
        }
        return links;
    }

    private static List<Named> documents(Profile profile, Project project, UnaryOperator<String> documentName) {
        List<Named> documents = new ArrayList<>();
        for (DocumentSpec spec : profile.documents()) {
            for (DocumentRef ref : project.documents(spec.id())) {
                String detail = ref.isUrl() ? host(ref.url()) : ref.isText() ? "text" : documentName.apply(ref.file());
                documents.add(new Named(spec.label(), detail));
            }
        }
        return documents;
    }

    /** "contoso.com" from "https://www.contoso.com/help": the page names where a link goes but holds no address. */
    static String host(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(address.strip()).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // not an address: named as typed, without a scheme, below
        }
        return address.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*:/*", "");
    }
}
