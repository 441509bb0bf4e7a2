package io.offerkit.ui.logos;

import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

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
    private boolean syncing;

    /** Loads an image for one slot; the Logos section does it with its progress bar and Cancel. */
    @FunctionalInterface
    public interface SlotImageLoader {
        void load(String slotId, Path file);
    }

    /** The properties start as the project's settings ({@link #sync()}), never with defaults of their own. */
    public LogoControlsViewModel(ProjectSession session, SlotImageLoader slotImages) {
        this.session = session;
        this.slotImages = slotImages;
        slotOverridden = Bindings.createBooleanBinding(() -> logo().hasOwnSettings(selectedSlot.get()),
                session.projectProperty(), selectedSlot);
        scopeText = Bindings.createStringBinding(this::describeScope, session.projectProperty(), selectedSlot);
        alternateText = Bindings.createStringBinding(this::describeAlternate, session.projectProperty(), selectedSlot);
        session.projectProperty().addListener((obs, old, now) -> sync());
        selectedSlot.addListener((obs, old, now) -> sync());
        // The slot no longer exists after a profile switch: back to the defaults.
        session.profileProperty().addListener((obs, old, now) -> {
            if (slot(selectedSlot.get()) == null) {
                selectedSlot.set(null);
            }
        });
        sync();
        pushOnChange(fit, "fit", v -> s -> s.withFit(v));
        pushOnChange(padding, "padding", v -> s -> s.withPaddingPercent(SlotSettings.clampPadding(v.doubleValue())));
        pushOnChange(backgroundColour, "background", v -> s -> s.withBackground(SlotBackground.read(v)));
        pushOnChange(trim, "trim", v -> s -> s.withTrim(v));
        pushOnChange(sharpen, "sharpen", v -> s -> s.withSharpen(v));
        pushOnChange(alignment, "alignment", v -> s -> s.withAlignment(v));
        pushOnChange(focusX, "focus", v -> s -> s.withFocus(v.doubleValue(), focusY.get()));
        pushOnChange(focusY, "focus", v -> s -> s.withFocus(focusX.get(), v.doubleValue()));
    }

    private <T> void pushOnChange(ObservableValue<T> property, String what,
                                  Function<T, UnaryOperator<SlotSettings>> change) {
        property.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                String target = logo().hasOwnSettings(selectedSlot.get()) ? selectedSlot.get() : "defaults";
                updateLogo(l -> l.edit(selectedSlot.get(), change.apply(now)), what + "@" + target);
            }
        });
    }

    private void sync() {
        SlotSettings shown = logo().editedSettings(selectedSlot.get());
        syncing = true;
        try {
            fit.set(shown.fit());
            padding.set(shown.paddingPercent());
            backgroundColour.set(shown.isTransparent() ? SlotBackground.TRANSPARENT.toString()
                    : shown.background().toString());
            trim.set(Boolean.TRUE.equals(shown.trim()));
            sharpen.set(Boolean.TRUE.equals(shown.sharpen()));
            alignment.set(shown.alignment());
            focusX.set(shown.focusX());
            focusY.set(shown.focusY());
        } finally {
            syncing = false;
        }
    }

    public LogoSettings logoSettings() {
        return logo();
    }

    private LogoSettings logo() {
        return session.project().logo();
    }

    private void updateLogo(UnaryOperator<LogoSettings> edit, String mergeKey) {
        session.update(p -> p.withLogo(edit.apply(p.logo())), mergeKey);
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
            updateLogo(l -> l.withOwnSettings(id), null);
        }
    }

    /** The selected slot follows the defaults again. */
    public void resetSelectedSlot() {
        String id = selectedSlot.get();
        if (id != null) {
            updateLogo(l -> l.withSlotReset(id), null);
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
            updateLogo(l -> l.withAlternateSource(id, null), null);
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
