package io.offerkit.ui.media;

import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.LoadingBar;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.SectionKeys;
import io.offerkit.ui.look.Icons;
import io.offerkit.ui.media.framing.CaptureEditor;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Screenshots & videos section: the bar to add captures (choose many, a folder, paste; or drop them on the
 * section), the screenshots' filmstrip and the videos beside it, and for the selected one its words and framing on
 * the left and on the right the result as published (fit or 1:1) over the capture it is made from.
 */
public final class MediaView extends BorderPane {
    private static final double CONTROLS_WIDTH = 300;

    private final MediaViewModel model;
    private final Filmstrip screenshots;
    private final Filmstrip videos;
    private final Button add = new Button(Messages.text("media.add"));
    private final Button addVideo = new Button(Messages.text("media.addVideo"));
    private final EntryPane entry;
    private final ResultPreview result = new ResultPreview();
    private final CaptureEditor capture;
    /** The working copy the editor shows: a new preview of the same capture must not hand it over again. */
    private BufferedImage shownCapture;
    private final Label captureFacts = new Label();

    public MediaView(MediaViewModel model) {
        this.model = model;
        setId("mediaSection");
        screenshots = new Filmstrip(model, MediaKind.SCREENSHOT);
        videos = new Filmstrip(model, MediaKind.VIDEO);
        BooleanBinding video = Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() != null && model.selectedProperty().get().isVideo(),
                model.selectedProperty());
        entry = new EntryPane(model.entry(), video, thumbnailChooser());
        capture = captureEditor();
        capture.redactableProperty().bind(video.not());

        Label heading = new Label(Messages.text("section.media"));
        heading.getStyleClass().add("section-title");
        VBox header = new VBox(12, heading, sourceBar(), strips(), entryButtons(video));
        header.setPadding(new Insets(20, 24, 12, 24));
        setTop(header);
        setCenter(body());

        model.previewProperty().addListener((obs, old, now) -> showResult());
        model.selectedProperty().addListener((obs, old, now) -> showResult());
        showResult();
        SectionKeys.install(this, this::paste, model);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private Node sourceBar() {
        add.setId("addScreenshots");
        Icons.ADD_FILES.on(add);
        add.getStyleClass().add("accent");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> chooseCaptures());
        Button folder = new Button(Messages.text("media.addFolder"));
        folder.setId("addScreenshotFolder");
        Icons.ADD_FOLDER.on(folder);
        folder.setMinWidth(Button.USE_PREF_SIZE);
        folder.setOnAction(e -> chooseFolder());
        Button paste = new Button(Messages.text("media.paste"));
        paste.setId("pasteScreenshot");
        Icons.PASTE.on(paste);
        paste.setMinWidth(Button.USE_PREF_SIZE);
        paste.setTooltip(new Tooltip(Messages.format("media.paste.tooltip", SectionKeys.PASTE.getDisplayText())));
        paste.setOnAction(e -> paste());
        Label facts = new Label();
        facts.setId("mediaGroupFacts");
        Messages.userData(facts); // the profile's group label and the count rule's words
        facts.getStyleClass().add("source-facts");
        facts.setWrapText(true);
        facts.textProperty().bind(Bindings.createStringBinding(this::groupFacts, model.projectProperty()));
        facts.visibleProperty().bind(model.loadingProperty().not());
        facts.managedProperty().bind(facts.visibleProperty());
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox bar = new HBox(10, add, folder, paste, facts, new LoadingBar(model, Messages.text("media.loading.cancel")));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("source-bar");
        return bar;
    }

    private String groupFacts() {
        MediaGroup group = model.group(MediaKind.SCREENSHOT);
        if (group == null) {
            return Messages.format("media.group.none", model.projectProperty().get().profileId());
        }
        String count = model.entry().countProblem(MediaKind.SCREENSHOT);
        String facts = Messages.format("media.group.facts", group.label(), group.countText(), group.sizeText(),
                model.screenshots().size());
        return count.isEmpty() ? facts : facts + " — " + count;
    }

    private Node strips() {
        MediaGroup group = model.group(MediaKind.SCREENSHOT);
        Label empty = new Label(Messages.format("media.empty", group == null ? "" : group.sizeText()));
        empty.getStyleClass().add("note");
        empty.setWrapText(true);
        screenshots.setPlaceholder(empty);
        Label shotsLabel = new Label(Messages.text("media.screenshots"));
        shotsLabel.getStyleClass().add("form-label");
        shotsLabel.setLabelFor(screenshots);
        VBox shots = new VBox(6, shotsLabel, screenshots);
        HBox.setHgrow(shots, Priority.ALWAYS);

        addVideo.setId("addVideo");
        addVideo.setOnAction(e -> model.addVideo());
        Label videosLabel = new Label(Messages.text("media.videos"));
        videosLabel.getStyleClass().add("form-label");
        videosLabel.setLabelFor(videos);
        HBox videosHead = new HBox(8, videosLabel, addVideo);
        videosHead.setAlignment(Pos.CENTER_LEFT);
        videos.setPlaceholder(new Label(""));
        videos.setPrefWidth(Filmstrip.THUMB_WIDTH + 44);
        videos.setMinWidth(Filmstrip.THUMB_WIDTH + 30);
        VBox videoBox = new VBox(6, videosHead, videos);
        return new HBox(16, shots, videoBox);
    }

    private Node entryButtons(BooleanBinding video) {
        Button earlier = button("media-earlier", "media.moveEarlier", "media.moveEarlier.tooltip", Icons.PREVIOUS);
        earlier.setOnAction(e -> model.moveSelected(-1));
        Button later = button("media-later", "media.moveLater", "media.moveLater.tooltip", Icons.NEXT);
        later.setOnAction(e -> model.moveSelected(+1));
        Button replace = button("media-replace", "media.replace", "media.replace.tooltip", Icons.OPEN);
        replace.setOnAction(e -> chooseReplacement());
        replace.visibleProperty().bind(video.not());
        replace.managedProperty().bind(replace.visibleProperty());
        Button remove = button("media-remove", "media.remove", "media.remove.tooltip", Icons.CLEAR);
        remove.setOnAction(e -> model.removeSelected());
        HBox row = new HBox(8, earlier, later, replace, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.selectedProperty().isNull());
        return row;
    }

    private static Button button(String id, String text, String tooltip, Icons icon) {
        Button button = new Button(Messages.text(text));
        button.setId(id);
        icon.on(button);
        button.setTooltip(new Tooltip(Messages.text(tooltip)));
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private Node thumbnailChooser() {
        Button choose = new Button(Messages.text("media.thumbnail.choose"));
        choose.setId("media-thumbnail");
        Icons.OPEN.on(choose);
        choose.setWrapText(true);
        choose.setOnAction(e -> {
            File file = Choosers.open(Choosers.images(Messages.text("media.thumbnail.title")), getScene().getWindow());
            if (file != null) {
                model.chooseThumbnail(file.toPath());
            }
        });
        return choose;
    }

    private Node body() {
        VBox controls = new VBox(16, entry, new FramingPane(model.framing()));
        controls.getStyleClass().addAll("form-card", "media-controls");
        controls.disableProperty().bind(model.selectedProperty().isNull());
        ScrollPane controlsScroll = new ScrollPane(controls);
        controlsScroll.getStyleClass().add("section-scroll");
        controlsScroll.setFitToWidth(true);
        controlsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlsScroll.setMinWidth(CONTROLS_WIDTH);
        controlsScroll.setPrefWidth(CONTROLS_WIDTH);
        HBox.setMargin(controlsScroll, new Insets(0, 0, 16, 24));

        Label captureTitle = new Label(Messages.text("media.capture"));
        captureTitle.getStyleClass().add("card-title");
        captureTitle.setMinWidth(Label.USE_PREF_SIZE);
        captureFacts.setId("media-capture-facts");
        Messages.userData(captureFacts); // a file name
        captureFacts.getStyleClass().add("source-facts");
        captureFacts.setWrapText(true);
        VBox previews = new VBox(10, result, new HBox(10, captureTitle, captureFacts), capture);
        previews.getStyleClass().add("form-card");
        previews.setPadding(new Insets(14));
        ScrollPane previewScroll = new ScrollPane(previews);
        previewScroll.getStyleClass().add("section-scroll");
        previewScroll.setFitToWidth(true);
        HBox.setHgrow(previewScroll, Priority.ALWAYS);
        HBox.setMargin(previewScroll, new Insets(0, 24, 16, 0));
        return new HBox(16, controlsScroll, previewScroll);
    }

    /**
     * The capture shown whole beside the result, with its crop, focus point and redactions drawn over it: the editor
     * is bound both ways to the selected entry's framing and redactions, and a drag on it is one undo step.
     */
    private CaptureEditor captureEditor() {
        CaptureEditor editor = new CaptureEditor();
        editor.setId("media-capture");
        FramingViewModel framing = model.framing();
        editor.framingProperty().bindBidirectional(framing.framingProperty());
        editor.redactionsProperty().bindBidirectional(framing.redactionsProperty());
        editor.adjustingProperty().addListener((obs, was, now) -> framing.adjustingProperty().set(now));
        return editor;
    }

    /** Shows {@code copy} in the editor when it is another capture than the one there (or none). */
    private void showCapture(BufferedImage copy, int width, int height, MediaGroup group) {
        if (group != null) {
            capture.aspectProperty().set((double) group.width() / group.height());
        }
        if (copy != shownCapture) {
            shownCapture = copy;
            capture.show(copy == null ? null : FxImages.toFx(copy), width, height);
        }
    }

    private void showResult() {
        LivePreview.Result shown = model.previewProperty().get();
        MediaRef ref = model.selectedProperty().get();
        MediaGroup group = ref == null ? null : model.group(ref.kind());
        if (shown == null || group == null) {
            result.show(null, Messages.text("media.result"), null);
            showCapture(null, 0, 0, null);
            captureFacts.setText("");
            return;
        }
        String heading = Messages.format("media.result.facts", shown.request().slot().label(), group.sizeText());
        result.show(shown.image(), heading,
                shown.problem() == null ? null : Messages.format("media.result.failed", shown.problem()));
        ImageFacts facts = shown.capture() == null ? null : model.factsOf(shown.request().image());
        showCapture(shown.capture(), facts == null ? 0 : facts.width(), facts == null ? 0 : facts.height(), group);
        captureFacts.setText(facts == null ? "" : Messages.format("media.capture.facts",
                Path.of(shown.request().image()).getFileName(), facts.width(), facts.height(),
                shown.request().redactions().size()));
    }

    /** Files dropped on the section are captures to add; a project file is left to the window, which opens it. */
    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().noneMatch(MediaView::isProject)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().noneMatch(MediaView::isProject)) {
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            model.addCaptures(files);
        }
    }

    private static boolean isProject(File file) {
        return file.getName().toLowerCase(Locale.ROOT).endsWith(ProjectFiles.EXTENSION);
    }

    private void chooseCaptures() {
        List<File> files = Choosers.openMany(Choosers.images(Messages.text("media.add.title")), getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.addCaptures(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        File folder = Choosers.folder(Messages.text("media.addFolder.title"), getScene().getWindow());
        if (folder != null) {
            model.addCaptures(List.of(folder.toPath()));
        }
    }

    private void chooseReplacement() {
        File file = Choosers.open(Choosers.images(Messages.text("media.replace.title")), getScene().getWindow());
        if (file != null) {
            model.replaceCapture(file.toPath());
        }
    }

    /** Adds captures (files, or folders of them) as screenshots, as a choice or a drop would. */
    public void addCaptures(List<Path> files) {
        model.addCaptures(files);
    }

    /** Adds a copied file or a copied image from the clipboard as a screenshot. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            model.addCaptures(clipboard.getFiles().stream().map(File::toPath).toList());
        } else if (clipboard.hasImage()) {
            model.pasteImage(FxImages.toBuffered(clipboard.getImage()));
        } else {
            model.nothingToPaste();
        }
    }

    /**
     * The node that fixes a checklist field "media:<id>": for one screenshot or video ("screenshot-02"), it is
     * selected and its list focused; for a group ("screenshots", "videos"), its list, or its add button when empty.
     */
    public Optional<Node> focusTarget(String id) {
        MediaRef ref = MediaViewModel.entryOf(id);
        boolean video = ref != null ? ref.isVideo() : id != null && id.startsWith("video");
        Filmstrip list = video ? videos : screenshots;
        if (ref != null && ref.index() < model.refs(ref.kind()).size()) {
            model.selectedProperty().set(ref);
            return Optional.of(list);
        }
        if (list.getItems().isEmpty()) {
            return Optional.of(video ? addVideo : add);
        }
        return Optional.of(list);
    }
}
