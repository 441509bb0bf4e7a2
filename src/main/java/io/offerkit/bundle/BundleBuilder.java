package io.offerkit.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.ListingChecks;
import io.offerkit.common.Json;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.ListingDetails;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assembles every file of a bundle in memory: logos, description, legal and supporting documents, the sources the
 * project needs to reopen, {@code report.html}, {@code partner-center.html}, {@code preview.html}, the project file (pointing at the copies) and, last,
 * {@code offer.json} with the size and SHA-256 of every other file. Nothing here depends on the clock or the
 * machine, so the same project always gives the same bytes.
 */
public final class BundleBuilder {
    private BundleBuilder() {
    }

    /**
     * Everything about the export besides the project itself; {@code files} are the project's files as the export
     * read them (once: the logos, the checklist and the copies all come from the same bytes).
     */
    public record Context(Profile profile, LogoSet logos, CheckReport report, String toolVersion, boolean draft,
                          SourceFiles files) {
        /** This export marked draft: it lacks a file the listing needs (a screenshot that could not be made). */
        Context asDraft() {
            return new Context(profile, logos, report, toolVersion, true, files);
        }
    }

    public static Bundle build(Project project, Context context, ExportProgress progress) throws BundleException {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> relocated = new LinkedHashMap<>();
        List<RenderedSlot> slots = context.logos().all();
        int total = slots.size() + MediaFiles.steps(project.media()) + 5;
        int[] counter = {0};
        for (RenderedSlot slot : slots) {
            step(progress, counter[0]++, total, "Encoding logo " + slot.slotId());
            files.put(BundleLayout.logo(slot.slotId()), PngEncoder.encode(slot.image()));
        }
        List<MediaFiles.Entry> media = MediaFiles.add(project.media(), context.profile(), context.files(), files,
                new MediaFiles.Steps() {
                    @Override
                    public void step(String what) throws BundleException {
                        BundleBuilder.step(progress, counter[0]++, total, what);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
        if (MediaFiles.incomplete(media)) {
            context = context.asDraft(); // a screenshot the bundle lacks: never a ready bundle
        }
        int done = counter[0];
        step(progress, done++, total, "Rendering the description");
        RenderedDescription description = context.profile().textField("description")
                .map(spec -> DescriptionRenderer.render(project.description(), spec)).orElse(null);
        if (description != null) {
            files.put(BundleLayout.DESCRIPTION_HTML, utf8(description.html() + "\n"));
        }
        files.put(project.description().format() == DescriptionFormat.MARKDOWN
                ? BundleLayout.DESCRIPTION_MARKDOWN : BundleLayout.DESCRIPTION_SOURCE_HTML, utf8(project.description().source()));
        ListingFolders.add(project, context.profile(), files);
        step(progress, done++, total, "Copying sources and documents");
        copySources(project, context.files(), files, relocated);
        copyDocuments(project, context.files(), files, relocated);
        step(progress, done++, total, "Writing the report");
        files.put(BundleLayout.REPORT_HTML, utf8(ReportHtml.render(project, context, description, media)));
        files.put(BundleLayout.PARTNER_CENTER_HTML, utf8(PartnerCenterHtml.render(project, context.profile(),
                fillSheet(project, context, media, relocated))));
        files.put(BundleLayout.PREVIEW_HTML, utf8(StorePreviewHtml.render(StorePreview.of(project, context, description,
                media, files, file -> Path.of(relocated.getOrDefault(file, file)).getFileName().toString()))));
        step(progress, done++, total, "Writing the project file");
        Project inBundle = project.mapPaths(p -> relocated.getOrDefault(p, p));
        files.put(FileNames.safe(project.appName(), "offer") + ProjectFiles.EXTENSION, ProjectFiles.serialize(inBundle));
        step(progress, done, total, "Writing offer.json");
        files.put(BundleLayout.OFFER_JSON, offerJson(project, context, media, files));
        return Bundle.of(files);
    }

    /** The logo's sources, then the captures and thumbnails: what the bundle's project needs to reopen. */
    private static void copySources(Project project, SourceFiles disk, Map<String, byte[]> files,
                                    Map<String, String> relocated)
            throws BundleException {
        LogoSettings logo = project.logo();
        List<String> sources = new ArrayList<>();
        List<String> named = new ArrayList<>();
        named.add(logo.source());
        logo.slots().values().forEach(slot -> named.add(slot.source()));
        List<String> logoSources = List.copyOf(named.stream().filter(java.util.Objects::nonNull).toList());
        project.media().screenshots().forEach(shot -> named.add(shot.source()));
        project.media().videos().forEach(video -> named.add(video.thumbnail()));
        for (String source : named) {
            if (source != null && !sources.contains(source)) {
                sources.add(source);
            }
        }
        for (String source : sources) {
            String name = Path.of(source).getFileName().toString();
            byte[] bytes;
            try {
                bytes = read(disk, source);
            } catch (BundleException e) {
                if (logoSources.contains(source)) {
                    throw e;
                }
                continue; // a missing capture or thumbnail: its media entry says so, its project entry keeps the path
            }
            String path = unique(files, BundleLayout.SOURCES + stemOf(name), "." + FileNames.extension(name));
            files.put(path, bytes);
            relocated.put(source, path);
        }
    }

    /** The fill sheet with the files as this bundle holds them: the media as rendered, the documents as copied. */
    private static FillSheet fillSheet(Project project, Context context, List<MediaFiles.Entry> media,
                                       Map<String, String> relocated) {
        java.util.function.Function<String, List<String>> names = FillSheet.exportNames(project,
                file -> relocated.getOrDefault(file, Path.of(file).getFileName().toString()));
        return FillSheet.build(context.profile(), project, context.report(), key -> {
            MediaKind kind = context.profile().media().stream().filter(group -> key.equals("media:" + group.id()))
                    .map(io.offerkit.profile.MediaGroup::kind).findFirst().orElse(null);
            return kind == null ? names.apply(key) : media.stream().filter(e -> e.kind() == kind && e.file() != null)
                    .map(MediaFiles.Entry::file).toList();
        });
    }

    private static void copyDocuments(Project project, SourceFiles sources, Map<String, byte[]> files,
                                      Map<String, String> relocated)
            throws BundleException {
        for (Map.Entry<String, List<DocumentRef>> entry : project.documents().entrySet()) {
            String id = FileNames.safe(entry.getKey(), "document");
            String folder = entry.getKey().equals("supporting") ? BundleLayout.DOCUMENTS : BundleLayout.LEGAL;
            List<DocumentRef> refs = entry.getValue();
            for (int i = 0; i < refs.size(); i++) {
                DocumentRef ref = refs.get(i);
                String stem = folder + id + (refs.size() > 1 ? "-" + (i + 1) : "");
                if (ref.isFile()) {
                    String name = Path.of(ref.file()).getFileName().toString();
                    // Supporting documents keep their own (cleaned) names: they are many and users know them by name.
                    String fileStem = folder.equals(BundleLayout.DOCUMENTS) ? folder + stemOf(name) : stem;
                    String path = unique(files, fileStem, "." + FileNames.extension(name));
                    files.put(path, read(sources, ref.file()));
                    relocated.put(ref.file(), path);
                } else if (ref.isText()) {
                    files.put(unique(files, stem, ".txt"), utf8(ref.text()));
                }
            }
        }
    }

    private static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return FileNames.safe(dot > 0 ? fileName.substring(0, dot) : fileName, "document");
    }

    private static String unique(Map<String, byte[]> files, String stem, String extension) {
        String path = stem + extension;
        for (int n = 2; files.containsKey(path); n++) {
            path = stem + "-" + n + extension;
        }
        return path;
    }

    private static byte[] read(SourceFiles sources, String file) throws BundleException {
        Path path = Path.of(file);
        try {
            return sources.read(file);
        } catch (SourceFiles.TooLargeException e) {
            throw new BundleException(path.getFileName() + " is larger than 100 MB; it cannot go into a bundle.", e);
        } catch (NoSuchFileException e) {
            throw new BundleException(path + " is missing (was it moved or renamed?). Nothing was written; relink it and export again.", e);
        } catch (IOException e) {
            throw new BundleException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static byte[] offerJson(Project project, Context context, List<MediaFiles.Entry> media,
                                    Map<String, byte[]> files) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", BundleLayout.FORMAT);
        root.put("formatVersion", BundleLayout.FORMAT_VERSION);
        root.putObject("tool").put("name", "OfferKit").put("version", context.toolVersion());
        Profile profile = context.profile();
        root.putObject("profile").put("id", profile.id()).put("title", profile.title())
                .put("sourceDate", profile.sourceDate().map(Object::toString).orElse(null))
                .put("verifiedOn", String.valueOf(profile.verifiedOn()));
        root.put("draft", context.draft());
        root.put("ready", context.report().ready() && !MediaFiles.incomplete(media));
        ObjectNode fields = root.putObject("fields");
        fields.put("appName", project.appName());
        fields.put("summary", project.summary());
        fields.put("language", project.language());
        fields.set("keywords", Json.mapper().valueToTree(project.keywords()));
        fields.set("products", Json.mapper().valueToTree(project.products()));
        fields.set("links", Json.mapper().valueToTree(new TreeMap<>(project.links())));
        ObjectNode urls = fields.putObject("documentLinks");
        project.documents().forEach((id, refs) -> refs.stream().filter(DocumentRef::isUrl).findFirst()
                .ifPresent(ref -> urls.put(id, ref.url())));
        ListingDetails details = project.details().only(
                profile.textFields().stream().map(TextFieldSpec::id).collect(Collectors.toSet()),
                profile.contacts().stream().map(ContactSpec::id).collect(Collectors.toSet()),
                profile.enumerations().stream().map(EnumerationSpec::id).collect(Collectors.toSet()));
        if (!details.isEmpty()) {
            // What this offer type asks for (contacts, list picks, further fields); none: offer.json as before them.
            fields.set("details", Json.mapper().valueToTree(details));
        }
        if (!media.isEmpty()) {
            // Left out when there is none, so a project without media gives the same offer.json as before media.
            mediaJson(root.putObject("media"), media, files);
        }
        ListingFolders.json(root, profile, project, media, files);
        ArrayNode list = root.putArray("files");
        files.forEach((path, bytes) -> list.addObject().put("path", path).put("bytes", bytes.length)
                .put("sha256", Digests.sha256(bytes)));
        ArrayNode checklist = root.putArray("checklist");
        for (CheckResult r : context.report().results()) {
            ObjectNode item = checklist.addObject().put("id", r.item().id())
                    .put("group", r.item().group().name().toLowerCase(Locale.ROOT))
                    .put("state", r.state().id()).put("message", r.message());
            if (!ListingChecks.furtherInUse(profile, project).isEmpty() && ListingChecks.languageOf(r, project) != null) {
                item.put("language", ListingChecks.languageOf(r, project)); // only with several, so one reads as before
            }
        }
        try {
            return utf8(Json.mapper().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("offer.json could not be written", e);
        }
    }

    /** The screenshots and videos in project order, each with its file's SHA-256 (the hash the file list has). */
    private static void mediaJson(ObjectNode node, List<MediaFiles.Entry> media, Map<String, byte[]> files) {
        ArrayNode screenshots = node.putArray("screenshots");
        ArrayNode videos = node.putArray("videos");
        for (MediaFiles.Entry entry : media) {
            String sha256 = entry.file() == null ? null : Digests.sha256(files.get(entry.file()));
            ObjectNode item;
            if (entry.kind() == MediaKind.SCREENSHOT) {
                item = screenshots.addObject().put("file", entry.file()).put("caption", entry.caption()).put("sha256", sha256);
            } else {
                item = videos.addObject().put("name", entry.caption()).put("address", entry.address())
                        .put("thumbnail", entry.file()).put("sha256", sha256);
            }
            if (entry.problem() != null) {
                item.put("problem", entry.problem()); // only then, so a complete bundle's offer.json is as before
            }
        }
    }

    static void step(ExportProgress progress, int done, int total, String what) throws BundleException {
        if (progress.cancelled()) {
            throw new BundleException("Export cancelled; nothing was written.");
        }
        progress.step(done, total, what);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
