package io.offerkit.ui.media;

import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaGroup;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Project;
import io.offerkit.project.Redaction;
import io.offerkit.project.SlotBackground;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.UndoBurst;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * How the selected screenshot or video thumbnail is framed, as properties mirrored into the project through the
 * session ({@link FieldMirror}), so every change is an undo step: fit, background (auto: the capture's edge colour,
 * or a colour), focus point, crop on or off, and the whole {@link Framing} and redaction list for a capture editor to
 * bind to. While {@link #adjustingProperty} is true (a drag on the editor, a slider held), the changes join one undo
 * step; each new gesture starts another.
 */
public final class FramingViewModel {
    /** What a control edits, for its undo burst. */
    private enum Control { FOCUS, GESTURE }

    private final ProjectSession session;
    private final ObservableValue<MediaRef> selected;
    private final Function<MediaRef, MediaGroup> groups;
    private final Function<String, ImageFacts> facts;
    private final FieldMirror mirror;
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>(this, "fit", Fit.CONTAIN);
    private final BooleanProperty autoBackground = new SimpleBooleanProperty(this, "autoBackground", true);
    private final StringProperty background = new SimpleStringProperty(this, "background", "");
    private final DoubleProperty focusX = new SimpleDoubleProperty(this, "focusX", 0.5);
    private final DoubleProperty focusY = new SimpleDoubleProperty(this, "focusY", 0.5);
    private final BooleanProperty cropped = new SimpleBooleanProperty(this, "cropped");
    private final ObjectProperty<Framing> framing = new SimpleObjectProperty<>(this, "framing", Framing.defaults());
    private final ObjectProperty<List<Redaction>> redactions = new SimpleObjectProperty<>(this, "redactions", List.of());
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting");
    /** Counts gestures: the changes of one gesture share its number. */
    private long gesture;

    FramingViewModel(ProjectSession session, FieldMirror mirror, ObservableValue<MediaRef> selected,
                     Function<MediaRef, MediaGroup> groups, Function<String, ImageFacts> facts) {
        this.session = session;
        this.mirror = mirror;
        this.selected = selected;
        this.groups = groups;
        this.facts = facts;
        adjusting.addListener((obs, was, now) -> gesture++);
        mirrorFraming(fit, Framing::fit, Framing::withFit);
        mirrorFraming(autoBackground, Framing::autoBackground,
                (f, auto) -> auto ? f.withBackground(null) : f.withBackground(chosenBackground(f)));
        mirrorFraming(background, f -> f.autoBackground() ? "" : f.background().toString(),
                (f, text) -> text == null || text.isBlank() ? f : f.withBackground(SlotBackground.read(text)));
        mirrorFraming(focusX, Framing::focusX, (f, x) -> f.withFocus(x.doubleValue(), f.focusY()), this::focusBurst);
        mirrorFraming(focusY, Framing::focusY, (f, y) -> f.withFocus(f.focusX(), y.doubleValue()), this::focusBurst);
        mirrorFraming(cropped, f -> f.crop() != null, (f, on) -> on ? f.withCrop(largestCrop(f)) : f.withCrop(null));
        mirrorFraming(framing, f -> f, (f, now) -> now == null ? f : now);
        mirror.mirror(redactions, p -> MediaEdits.redactions(p, selected.getValue()), this::withRedactions, this::burst);
    }

    private <T> void mirrorFraming(Property<T> property, Function<Framing, T> read, BiFunction<Framing, T, Framing> write) {
        mirrorFraming(property, read, write, this::burst);
    }

    private <T> void mirrorFraming(Property<T> property, Function<Framing, T> read, BiFunction<Framing, T, Framing> write,
                                   Supplier<UndoBurst> burst) {
        mirror.mirror(property, p -> {
            Framing f = MediaEdits.framing(p, selected.getValue());
            return read.apply(f == null ? Framing.defaults() : f);
        }, (p, now) -> {
            Framing f = MediaEdits.framing(p, selected.getValue());
            return f == null || now == null ? p : MediaEdits.withFraming(p, selected.getValue(), write.apply(f, now));
        }, burst);
    }

    /** A held gesture's changes are one step; any other change is its own. */
    private UndoBurst burst() {
        return adjusting.get() ? new UndoBurst(Control.GESTURE, gesture) : null;
    }

    /** The focus point's changes on one entry (a slider dragged, across then down) are one step, like a logo's. */
    private UndoBurst focusBurst() {
        return adjusting.get() ? burst() : new UndoBurst(Control.FOCUS, selected.getValue());
    }

    private Project withRedactions(Project project, List<Redaction> value) {
        MediaRef ref = selected.getValue();
        if (ref == null || ref.isVideo() || value == null) {
            return project;
        }
        return MediaEdits.editScreenshot(project, ref.index(), s -> s.withRedactions(value));
    }

    /** Turning "auto" off starts from the colour auto showed, if known, else white. */
    private SlotBackground chosenBackground(Framing current) {
        String typed = background.get();
        if (typed != null && !typed.isBlank() && SlotBackground.read(typed).isReadable()) {
            return SlotBackground.read(typed);
        }
        return current.background() != null ? current.background() : SlotBackground.colour(0xFFFFFF);
    }

    /** Crop on: the largest crop of the output's shape around the focus point (unknown size: stays off). */
    private Crop largestCrop(Framing current) {
        MediaRef ref = selected.getValue();
        MediaGroup group = ref == null ? null : groups.apply(ref);
        ImageFacts known = ref == null ? null : facts.apply(MediaEdits.image(session.project(), ref));
        if (group == null || known == null) {
            return current.crop();
        }
        return Crop.largest(known.width(), known.height(), (double) group.width() / group.height(),
                current.focusX(), current.focusY());
    }

    public ObjectProperty<Fit> fitProperty() {
        return fit;
    }

    /** True: the background follows the capture's edge colour. */
    public BooleanProperty autoBackgroundProperty() {
        return autoBackground;
    }

    /** The chosen background as "#RRGGBB"; "" while auto. */
    public StringProperty backgroundProperty() {
        return background;
    }

    public DoubleProperty focusXProperty() {
        return focusX;
    }

    public DoubleProperty focusYProperty() {
        return focusY;
    }

    /** Whether a crop rectangle is set; turning it on sets the largest one of the output's shape. */
    public BooleanProperty croppedProperty() {
        return cropped;
    }

    /** The selected entry's whole framing, for a capture editor to bind to both ways. */
    public ObjectProperty<Framing> framingProperty() {
        return framing;
    }

    /** The selected screenshot's redactions (a video's thumbnail has none), for a capture editor to bind to. */
    public ObjectProperty<List<Redaction>> redactionsProperty() {
        return redactions;
    }

    /** Bind to the editor's "a drag is going on": the changes of one gesture make one undo step. */
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }
}
