package io.offerkit.ui.media;

import io.offerkit.common.UserData;
import io.offerkit.imaging.RenderQuality;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.LoadingBar;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.PastedImages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.WorkingCopies;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Screenshots & videos section: the screenshots in marketplace order and the videos, which one is selected, and
 * the commands over them (add many captures at once, with progress and Cancel; replace, reorder, remove; add a
 * video, give it a thumbnail). Each command is one edit of the project, so one Undo takes it back; a capture is in
 * the project only once it has decoded, so a wrong file loses nothing.
 */
public final class MediaViewModel implements LoadingBar.Source {
    private static final Pattern ENTRY = Pattern.compile("(screenshot|video)-(\\d{1,3})(-thumbnail)?");

    private final ProjectSession session;
    private final BackgroundWork background;
    private final StatusMessages status;
    private final CaptureLoads loads;
    private final MediaImages images;
    private final LivePreview preview;
    private final ObjectProperty<MediaRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final FieldMirror mirror;
    private final FramingViewModel framing;
    private final EntryViewModel entry;

    public MediaViewModel(ProjectSession session, BackgroundWork background, StatusMessages status,
                          WorkingCopies copies) {
        this.session = session;
        this.background = background;
        this.status = status;
        this.mirror = new FieldMirror(session);
        this.loads = new CaptureLoads(background, copies, () -> status.info(Messages.text("media.status.cancelled")));
        this.images = new MediaImages(background, copies, () -> maxSide(MediaKind.SCREENSHOT));
        this.preview = new LivePreview(background, copies);
        this.framing = new FramingViewModel(session, mirror, selected, this::group,
                path -> images.of(path) == null ? null : images.of(path).facts());
        this.entry = new EntryViewModel(session, mirror, selected, this::group, images, preview);
        selected.addListener((obs, old, now) -> {
            mirror.endTypingRun();
            entry.forgetRefusal();
            mirror.show();
            refreshPreview();
        });
        session.projectProperty().addListener((obs, old, now) -> projectChanged());
        // A drag previews in draft; its end renders the newest framing again at export quality.
        framing.adjustingProperty().addListener((obs, was, now) -> refreshPreview());
        projectChanged();
    }

    private void projectChanged() {
        Project project = session.project();
        MediaRef ref = selected.get();
        int shots = project.media().screenshots().size();
        int videos = project.media().videos().size();
        if (ref != null && ref.index() >= (ref.isVideo() ? videos : shots)) {
            int count = ref.isVideo() ? videos : shots;
            selected.set(count == 0 ? null : new MediaRef(ref.kind(), count - 1));
        } else if (ref == null && shots > 0) {
            selected.set(MediaRef.screenshot(0));
        }
        images.follow(imagePaths(project));
        refreshPreview();
    }

    private static Set<String> imagePaths(Project project) {
        Set<String> paths = new LinkedHashSet<>();
        project.media().screenshots().forEach(s -> paths.add(s.source()));
        project.media().videos().forEach(v -> paths.add(v.thumbnail()));
        paths.remove(null);
        return paths;
    }

    private void refreshPreview() {
        MediaRef ref = selected.get();
        MediaGroup group = ref == null ? null : group(ref);
        String image = MediaEdits.image(session.project(), ref);
        preview.show(group == null || image == null ? null : new LivePreview.Request(image,
                group.slot(Math.min(ref.number(), group.maxCount())), group,
                MediaEdits.framing(session.project(), ref), MediaEdits.redactions(session.project(), ref),
                framing.adjustingProperty().get() ? RenderQuality.DRAFT : RenderQuality.EXPORT));
    }

    MediaGroup group(MediaRef ref) {
        return ref == null ? null : session.profile().mediaGroup(ref.kind()).orElse(null);
    }

    public MediaGroup group(MediaKind kind) {
        return session.profile().mediaGroup(kind).orElse(null);
    }

    private int maxSide(MediaKind kind) {
        MediaGroup group = group(kind);
        return group == null ? 2560 : WorkingCopies.maxSide(group);
    }

    /**
     * Adds captures (files, or the images in a folder) as new screenshots after the others, as many as the group
     * still takes; the rest are named in the status line with the reason, as are files that do not decode.
     */
    public void addCaptures(List<Path> chosen) {
        MediaGroup group = group(MediaKind.SCREENSHOT);
        if (group == null) {
            status.error(Messages.text("media.status.noScreenshotGroup"));
            return;
        }
        List<Path> files;
        try {
            files = CaptureFiles.expand(chosen.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        } catch (IOException e) {
            status.failed(Messages.format("media.status.folderFailed", e.getMessage()));
            return;
        }
        int room = group.maxCount() - session.project().media().screenshots().size();
        if (files.isEmpty()) {
            status.error(Messages.text("media.status.noImages"));
            return;
        }
        if (room <= 0) {
            status.error(Messages.format("media.status.full", group.maxCount()));
            return;
        }
        List<Path> taken = files.subList(0, Math.min(room, files.size()));
        int refused = files.size() - taken.size();
        loads.load(List.copyOf(taken), maxSide(MediaKind.SCREENSHOT), batch -> {
            int first = session.project().media().screenshots().size();
            List<String> sources = batch.read().keySet().stream().map(Path::toString).toList();
            session.update(p -> MediaEdits.addScreenshots(p, sources));
            if (!sources.isEmpty()) {
                selected.set(MediaRef.screenshot(first));
            }
            List<String> notes = batch.read().entrySet().stream().filter(e -> e.getValue().note() != null)
                    .map(e -> e.getKey().getFileName() + ": " + e.getValue().note()).toList();
            report(sources.size(), batch.failures(), notes, refused, group.maxCount());
        }, message -> status.failed(Messages.format("media.status.readFailed", message)));
    }

    private void report(int added, List<String> failures, List<String> notes, int refused, int max) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.format("media.status.added", added));
        if (!notes.isEmpty()) {
            parts.add(Messages.format("media.status.notes", String.join("; ", notes)));
        }
        if (!failures.isEmpty()) {
            parts.add(Messages.format("media.status.unreadable", String.join("; ", failures)));
        }
        if (refused > 0) {
            parts.add(Messages.format("media.status.overLimit", refused, max));
        }
        String message = String.join(" ", parts);
        if (failures.isEmpty() && notes.isEmpty() && refused == 0) {
            status.info(message);
        } else {
            status.error(message);
        }
    }

    /** Another capture for the selected screenshot, once it decodes: its caption, framing and redactions stay. */
    public void replaceCapture(Path file) {
        MediaRef ref = selected.get();
        if (ref != null && !ref.isVideo()) {
            loadOne(file, MediaKind.SCREENSHOT, path -> session.update(p -> MediaEdits.replaceCapture(p, ref.index(), path)));
        }
    }

    /** The image the selected video's thumbnail is made from, once it decodes. */
    public void chooseThumbnail(Path file) {
        MediaRef ref = selected.get();
        if (ref != null && ref.isVideo()) {
            loadOne(file, MediaKind.VIDEO,
                    path -> session.update(p -> MediaEdits.editVideo(p, ref.index(), v -> v.withThumbnail(path))));
        }
    }

    private void loadOne(Path file, MediaKind kind, Consumer<String> apply) {
        Path absolute = file.toAbsolutePath().normalize();
        loads.load(List.of(absolute), maxSide(kind), batch -> {
            if (batch.read().isEmpty()) {
                status.failed(Messages.format("media.status.notChanged", String.join("; ", batch.failures())));
            } else {
                apply.accept(absolute.toString());
                status.info(Messages.format("media.status.replaced", absolute.getFileName()));
            }
        }, message -> status.failed(Messages.format("media.status.notChanged", message)));
    }

    /** An image pasted from the clipboard: saved as a PNG (next to the project when it has a file), then added. */
    public void pasteImage(BufferedImage image) {
        Path folder = session.file() != null && session.file().getParent() != null
                ? session.file().getParent() : UserData.dir().resolve("pasted");
        background.submit("Saving the pasted image", () -> PastedImages.save(image, folder, "pasted-screenshot"),
                path -> addCaptures(List.of(path)),
                error -> status.failed(Messages.format("media.status.pasteFailed", error.getMessage())));
    }

    public void nothingToPaste() {
        status.error(Messages.text("media.status.nothingToPaste"));
    }

    /** Removes the selected screenshot or video; the one after it (else before it) is selected. */
    public void removeSelected() {
        MediaRef ref = selected.get();
        if (ref != null) {
            session.update(p -> MediaEdits.remove(p, ref));
            status.info(Messages.format(ref.isVideo() ? "media.status.videoRemoved" : "media.status.removed",
                    ref.number()));
        }
    }

    /** Moves the selected entry {@code delta} places (-1: earlier in the listing), staying selected. */
    public void moveSelected(int delta) {
        MediaRef ref = selected.get();
        if (ref != null) {
            move(ref, ref.index() + delta);
        }
    }

    /** Moves an entry to another place of its list (a drag in the filmstrip); it becomes the selected one. */
    public void move(MediaRef ref, int to) {
        int size = ref.isVideo() ? videos().size() : screenshots().size();
        if (to < 0 || to >= size || to == ref.index()) {
            return;
        }
        session.update(p -> MediaEdits.move(p, ref, to));
        selected.set(new MediaRef(ref.kind(), to));
        status.info(Messages.format("media.status.moved", ref.number(), to + 1));
    }

    /** A new video, selected, as many as the group takes. */
    public void addVideo() {
        MediaGroup group = group(MediaKind.VIDEO);
        if (group == null) {
            status.error(Messages.text("media.status.noVideoGroup"));
            return;
        }
        if (videos().size() >= group.maxCount()) {
            status.error(Messages.format("media.status.videosFull", group.maxCount()));
            return;
        }
        session.update(MediaEdits::addVideo);
        selected.set(MediaRef.video(videos().size() - 1));
    }

    /** Files changed on disk: thumbnails and the preview are made again from them. */
    public void reloadFromDisk() {
        images.reload(imagePaths(session.project()));
        preview.reload();
    }

    /** The entry a checklist field's id names ("screenshot-02", "video-01-thumbnail"), or null for a whole group. */
    public static MediaRef entryOf(String id) {
        Matcher m = ENTRY.matcher(id == null ? "" : id);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
            return null;
        }
        int index = Integer.parseInt(m.group(2)) - 1;
        return m.group(1).equals("video") ? MediaRef.video(index) : MediaRef.screenshot(index);
    }

    public List<Screenshot> screenshots() {
        return session.project().media().screenshots();
    }

    public List<Video> videos() {
        return session.project().media().videos();
    }

    /** The refs of one list, in listing order. */
    public List<MediaRef> refs(MediaKind kind) {
        int size = kind == MediaKind.VIDEO ? videos().size() : screenshots().size();
        return Stream.iterate(0, i -> i + 1).limit(size).map(i -> new MediaRef(kind, i)).toList();
    }

    /** A screenshot's caption or a video's name, as typed. */
    public String captionOf(MediaRef ref) {
        Project project = session.project();
        if (ref.isVideo()) {
            Video video = MediaEdits.video(project, ref.index());
            return video == null ? "" : video.name();
        }
        Screenshot shot = MediaEdits.screenshot(project, ref.index());
        return shot == null ? "" : shot.caption();
    }

    /** The filmstrip's thumbnail of an entry's image; null until read or when there is none. */
    public BufferedImage thumbnailOf(MediaRef ref) {
        MediaImages.Seen seen = images.of(MediaEdits.image(session.project(), ref));
        return seen == null ? null : seen.thumbnail();
    }

    /** The facts of an image the media name (its original size), once read; null before. */
    public ImageFacts factsOf(String path) {
        MediaImages.Seen seen = images.of(path);
        return seen == null ? null : seen.facts();
    }

    /** Changes whenever a thumbnail arrives. */
    public ReadOnlyObjectProperty<?> thumbnailsProperty() {
        return images.seenProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return session.projectProperty();
    }

    public ObjectProperty<MediaRef> selectedProperty() {
        return selected;
    }

    public FramingViewModel framing() {
        return framing;
    }

    public EntryViewModel entry() {
        return entry;
    }

    public ReadOnlyObjectProperty<LivePreview.Result> previewProperty() {
        return preview.resultProperty();
    }

    public boolean isSettled() {
        return !preview.renderingProperty().get() && !loads.loadingProperty().get();
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    @Override
    public ReadOnlyStringProperty loadingTextProperty() {
        return loads.loadingTextProperty();
    }

    @Override
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loads.loadProgressProperty();
    }

    @Override
    public void cancelLoad() {
        loads.cancelLoad();
    }
}
