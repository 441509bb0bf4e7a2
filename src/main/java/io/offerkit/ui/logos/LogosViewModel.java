package io.offerkit.ui.logos;

import io.offerkit.common.CancelledException;
import io.offerkit.common.UserData;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.LoadingBar;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.PastedImages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.WorkingCopies;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Logos section: loading the source logo (chooser, drop, paste; with progress, cancellable), its facts, the
 * rendered slots, and how the previews are shown (zoom, background). Choosing a source checks that it decodes before
 * the project changes, so a wrong or cancelled load leaves the current logo in place; a cancel stops the decoding
 * itself, not only its result.
 */
public final class LogosViewModel implements LoadingBar.Source {
    /** Small enough to drag a focus point on, big enough to recognise the logo. */
    static final int THUMBNAIL_SIDE = 140;

    private final ProjectSession session;
    private final LiveLogoSet logos;
    private final BackgroundWork background;
    private final StatusMessages status;
    private final LogoControlsViewModel controls;
    private final IntegerProperty zoom = new SimpleIntegerProperty(this, "zoom", 1);
    private final ObjectProperty<PreviewBackground> previewBackground =
            new SimpleObjectProperty<>(this, "previewBackground", PreviewBackground.CHECKERBOARD);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress");
    private final ReadOnlyObjectWrapper<BufferedImage> sourceThumbnail = new ReadOnlyObjectWrapper<>(this, "sourceThumbnail");
    private final StringBinding sourceText;
    /** The newer load wins: a slower, older one is dropped when it ends. */
    private final NewestRequest loads = new NewestRequest();
    private BackgroundWork.Cancellable currentLoad;
    private String thumbnailOf;

    public LogosViewModel(ProjectSession session, LiveLogoSet logos, BackgroundWork background, StatusMessages status) {
        this.session = session;
        this.logos = logos;
        this.background = background;
        this.status = status;
        this.controls = new LogoControlsViewModel(session, this::chooseSlotImage);
        this.sourceText = Bindings.createStringBinding(this::describeSource,
                session.projectProperty(), logos.sourceFactsProperty(), logos.renderingProperty());
        session.projectProperty().addListener((obs, old, now) -> refreshThumbnail());
        controls.selectedSlotProperty().addListener((obs, old, now) -> refreshThumbnail());
        refreshThumbnail();
    }

    private String describeSource() {
        String source = session.project().logo().source();
        if (source == null || source.isBlank()) {
            return Messages.text("logos.source.none");
        }
        String name = String.valueOf(Path.of(source).getFileName());
        ImageFacts facts = logos.sourceFactsProperty().get();
        if (facts != null) {
            return Messages.format("logos.source.facts", name, facts.summary());
        }
        return Messages.format(logos.isRendering() ? "logos.source.reading" : "logos.source.unreadable", name);
    }

    /**
     * Makes {@code file} the logo source once it decodes; a file that does not is reported and the current source
     * kept, so a wrong drop loses nothing. The decode also primes the working copy the previews render from. A load
     * still running is stopped: the newer one wins.
     */
    public void chooseSource(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        load(absolute, facts -> {
            session.update(p -> p.withLogo(p.logo().withSource(absolute.toString())));
            status.info(Messages.format("logos.status.source", absolute.getFileName(), facts.summary()));
        }, message -> status.failed(Messages.format("logos.status.notChanged", message)));
    }

    /**
     * Gives one slot its own image (an icon-only mark for the smallest slot) once {@code file} decodes, with the same
     * progress, Cancel and "the newer load wins" as the logo itself; a file that does not decode changes nothing.
     */
    public void chooseSlotImage(String slotId, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        load(absolute, facts -> {
            session.update(p -> p.withLogo(p.logo().withAlternateSource(slotId, absolute.toString())));
            status.info(Messages.format("logos.status.slotImage", slotId, absolute.getFileName()));
        }, message -> status.failed(Messages.format("logos.status.slotImageFailed", message)));
    }

    /** Decodes {@code absolute} with progress and Cancel, primes its working copy, then {@code apply}s it. */
    private void load(Path absolute, Consumer<ImageFacts> apply, Consumer<String> failed) {
        stopCurrentLoad();
        NewestRequest.Ticket mine = loads.next();
        loading.set(true);
        loadProgress.set(0);
        loadingText.set(Messages.format("logos.loading", absolute.getFileName()));
        status.info(Messages.format("logos.loading", absolute.getFileName()));
        int maxSide = WorkingCopies.maxSide(session.profile());
        currentLoad = background.submitCancellable("Reading the logo", monitor -> {
            SourceImage image = ImageDecoder.read(absolute, monitor.slice(0, 0.9));
            logos.workingCopies().put(absolute, maxSide, image, monitor.slice(0.9, 1));
            return image.facts();
        }, fraction -> {
            if (mine.isCurrent() && fraction > loadProgress.get()) {
                loadProgress.set(Math.min(1, fraction));
            }
        }, mine.ifCurrent(facts -> {
            currentLoad = null;
            loading.set(false);
            apply.accept(facts);
        }), mine.ifCurrent(error -> {
            if (error instanceof CancelledException) {
                return;
            }
            currentLoad = null;
            loading.set(false);
            failed.accept(error.getMessage());
        }));
    }

    /** Stops the current load: its decoding stops at its next check, nothing changes and the current logo stays. */
    public void cancelLoad() {
        if (loading.get()) {
            stopCurrentLoad();
            loads.dropAll();
            loading.set(false);
            status.info(Messages.text("logos.status.cancelled"));
        }
    }

    private void stopCurrentLoad() {
        if (currentLoad != null) {
            currentLoad.cancel();
            currentLoad = null;
        }
    }

    /** Uses an image pasted from the clipboard: saved as a PNG (next to the project when it has a file), then loaded. */
    public void pasteImage(BufferedImage image) {
        Path folder = session.file() != null && session.file().getParent() != null
                ? session.file().getParent() : UserData.dir().resolve("pasted");
        background.submit("Saving the pasted image", () -> PastedImages.save(image, folder, "pasted-logo"), this::chooseSource,
                error -> status.failed(Messages.format("logos.status.pasteFailed", error.getMessage())));
    }

    public void nothingToPaste() {
        status.error(Messages.text("logos.status.nothingToPaste"));
    }

    /** A source changed on disk: the previews, facts and thumbnail are made again from the file as it is now. */
    public void reloadFromDisk() {
        logos.reloadFromDisk();
        thumbnailOf = null;
        refreshThumbnail();
    }

    /**
     * The source drawn small, for the focus point picker: the selected slot's own image when it has one (its focus
     * point is placed on that), else the logo; made off the FX thread whenever that source changes.
     */
    private void refreshThumbnail() {
        String own = session.project().logo().alternateSource(controls.selectedSlotProperty().get());
        String source = own != null ? own : session.project().logo().source();
        if (Objects.equals(source, thumbnailOf)) {
            return;
        }
        thumbnailOf = source;
        if (source == null || source.isBlank()) {
            sourceThumbnail.set(null);
            return;
        }
        int maxSide = WorkingCopies.maxSide(session.profile());
        background.submit("Drawing the source thumbnail",
                () -> WorkingCopy.of(logos.workingCopies().get(Path.of(source), maxSide), THUMBNAIL_SIDE).pixels(),
                image -> {
                    if (Objects.equals(source, thumbnailOf)) {
                        sourceThumbnail.set(image);
                    }
                }, error -> {
                    if (Objects.equals(source, thumbnailOf)) {
                        sourceThumbnail.set(null);
                    }
                });
    }

    public LogoControlsViewModel controls() {
        return controls;
    }

    public StringBinding sourceTextBinding() {
        return sourceText;
    }

    public ReadOnlyObjectProperty<LogoSet> logoSetProperty() {
        return logos.logoSetProperty();
    }

    public ReadOnlyObjectProperty<Map<String, Integer>> byteSizesProperty() {
        return logos.byteSizesProperty();
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    /** How far the current load is, 0 to 1; never goes back during one load. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> sourceThumbnailProperty() {
        return sourceThumbnail.getReadOnlyProperty();
    }

    /** The preview magnification: 1 (actual pixels) or 2 to 8 (nearest neighbour). */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    public int zoomFactor() {
        return Math.max(1, Math.min(8, zoom.get()));
    }

    public ObjectProperty<PreviewBackground> previewBackgroundProperty() {
        return previewBackground;
    }
}
