package io.offerkit.ui.logos;

import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.UndoBurst;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The logo controls: fit, padding, background, trim, sharpening, alignment and focus, shown for the defaults or for the selected
 * slot when it has its own settings. Each control's property turns a change into a new {@code Project} through the
 * session (so undo works); a project change (undo, another slot selected) flows back into the properties.
 */
public final class LogoControlsViewModel {
    private final ProjectSession session;
    private final SlotImageLoader slotImages;
    private final ObjectProperty<String> selectedSlot = new SimpleObjectProperty<>(this, "selectedSlot");
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>(this, "fit");
    private final DoubleProperty padding = new SimpleDoubleProperty(this, "padding");
    private final StringProperty backgroundColour = new SimpleStringProperty(this, "background");
    private final BooleanProperty trim = new SimpleBooleanProperty(this, "trim");
    private final BooleanProperty sharpen = new SimpleBooleanProperty(this, "sharpen");
    private final ObjectProperty<Alignment> alignment = new SimpleObjectProperty<>(this, "alignment");
    private final DoubleProperty focusX = new SimpleDoubleProperty(this, "focusX");
    private final DoubleProperty focusY = new SimpleDoubleProperty(this, "focusY");
    private final BooleanBinding slotOverridden;
    private final StringBinding scopeText;
    private final StringBinding alternateText;
    private final FieldMirror mirror;

    /** What a control edits, for its undo burst: a drag of one control on one slot's settings is one undo step. */
    private enum Control { FIT, PADDING, BACKGROUND, TRIM, SHARPEN, ALIGNMENT, FOCUS }

    /** Loads an image for one slot; the Logos section does it with its progress bar and Cancel. */
    @FunctionalInterface
    public interface SlotImageLoader {
        void load(String slotId, Path file);
    }

    /** The properties start as the project's settings (the mirror shows them), never with defaults of their own. */
    public LogoControlsViewModel(ProjectSession session, SlotImageLoader slotImages) {
        this.session = session;
        this.slotImages = slotImages;
        slotOverridden = Bindings.createBooleanBinding(() -> logo().hasOwnSettings(selectedSlot.get()),
                session.projectProperty(), selectedSlot);
        scopeText = Bindings.createStringBinding(this::describeScope, session.projectProperty(), selectedSlot);
        alternateText = Bindings.createStringBinding(this::describeAlternate, session.projectProperty(), selectedSlot);
        mirror = new FieldMirror(session);
        selectedSlot.addListener((obs, old, now) -> mirror.show());
        // The slot no longer exists after a profile switch: back to the defaults.
        session.profileProperty().addListener((obs, old, now) -> {
            if (slot(selectedSlot.get()) == null) {
                selectedSlot.set(null);
            }
        });
        mirrorControl(fit, Control.FIT, SlotSettings::fit, v -> s -> s.withFit(v));
        mirrorControl(padding, Control.PADDING, SlotSettings::paddingPercent,
                v -> s -> s.withPaddingPercent(SlotSettings.clampPadding(v.doubleValue())));
        mirrorControl(backgroundColour, Control.BACKGROUND,
                s -> s.isTransparent() ? SlotBackground.TRANSPARENT.toString() : s.background().toString(),
                v -> s -> s.withBackground(SlotBackground.read(v)));
        mirrorControl(trim, Control.TRIM, s -> Boolean.TRUE.equals(s.trim()), v -> s -> s.withTrim(v));
        mirrorControl(sharpen, Control.SHARPEN, s -> Boolean.TRUE.equals(s.sharpen()), v -> s -> s.withSharpen(v));
        mirrorControl(alignment, Control.ALIGNMENT, SlotSettings::alignment, v -> s -> s.withAlignment(v));
        mirrorControl(focusX, Control.FOCUS, SlotSettings::focusX,
                v -> s -> s.withFocus(v.doubleValue(), focusY.get()));
        mirrorControl(focusY, Control.FOCUS, SlotSettings::focusY,
                v -> s -> s.withFocus(focusX.get(), v.doubleValue()));
    }

    /** A control shows the selected slot's settings (or the defaults) and edits the settings it shows. */
    private <T> void mirrorControl(Property<T> property, Control control, Function<SlotSettings, T> shown,
                                   Function<T, UnaryOperator<SlotSettings>> change) {
        mirror.mirror(property, p -> shown.apply(p.logo().editedSettings(selectedSlot.get())),
                (p, now) -> now == null ? p : p.withLogo(p.logo().edit(selectedSlot.get(), change.apply(now))),
                () -> new UndoBurst(control, logo().hasOwnSettings(selectedSlot.get()) ? selectedSlot.get() : null));
    }

    public LogoSettings logoSettings() {
        return logo();
    }

    private LogoSettings logo() {
        return session.project().logo();
    }

    private void updateLogo(UnaryOperator<LogoSettings> edit) {
        session.update(p -> p.withLogo(edit.apply(p.logo())));
    }

    private ImageSlot slot(String id) {
        return id == null ? null : session.profile().imageSlots().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private String describeScope() {
        ImageSlot slot = slot(selectedSlot.get());
        if (slot == null) {
            return Messages.text("logos.scope.defaults");
        }
        return logo().hasOwnSettings(slot.id())
                ? Messages.format("logos.scope.own", slot.label())
                : Messages.format("logos.scope.follows", slot.label());
    }

    private String describeAlternate() {
        String alternate = logo().alternateSource(selectedSlot.get());
        return alternate == null ? "" : Messages.format("logos.slot.ownImage", Path.of(alternate).getFileName());
    }

    /** The selected slot gets its own settings, starting from the current ones. */
    public void overrideSelectedSlot() {
        String id = selectedSlot.get();
        if (id != null) {
            updateLogo(l -> l.withOwnSettings(id));
        }
    }

    /** The selected slot follows the defaults again. */
    public void resetSelectedSlot() {
        String id = selectedSlot.get();
        if (id != null) {
            updateLogo(l -> l.withSlotReset(id));
        }
    }

    /**
     * Uses {@code file} for the selected slot only (an icon-only mark for the smallest slot), once it decodes; a file
     * that does not is reported and nothing changes.
     */
    public void useAlternateSource(Path file) {
        String id = selectedSlot.get();
        if (id != null) {
            slotImages.load(id, file);
        }
    }

    /** The selected slot uses the main logo again. */
    public void useMainSource() {
        String id = selectedSlot.get();
        if (id != null) {
            updateLogo(l -> l.withAlternateSource(id, null));
        }
    }

    /** Picks one of the quick background swatches, or "transparent". */
    public void chooseBackground(String value) {
        backgroundColour.set(value);
    }

    public ObjectProperty<String> selectedSlotProperty() {
        return selectedSlot;
    }

    public ObjectProperty<Fit> fitProperty() {
        return fit;
    }

    public DoubleProperty paddingProperty() {
        return padding;
    }

    public StringProperty backgroundProperty() {
        return backgroundColour;
    }

    public BooleanProperty trimProperty() {
        return trim;
    }

    /** Light sharpening after resizing, for crisper small slots. */
    public BooleanProperty sharpenProperty() {
        return sharpen;
    }

    public ObjectProperty<Alignment> alignmentProperty() {
        return alignment;
    }

    public DoubleProperty focusXProperty() {
        return focusX;
    }

    public DoubleProperty focusYProperty() {
        return focusY;
    }

    public BooleanBinding slotOverriddenProperty() {
        return slotOverridden;
    }

    public StringBinding scopeTextBinding() {
        return scopeText;
    }

    public StringBinding alternateTextBinding() {
        return alternateText;
    }
}
