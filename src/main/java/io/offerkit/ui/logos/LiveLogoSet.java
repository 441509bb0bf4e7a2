package io.offerkit.ui.logos;

import io.offerkit.common.StartupTimeline;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.profile.Profile;
import io.offerkit.project.LogoSettings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.WorkingCopies;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The project's rendered logos, kept current in the background from reduced working copies of the sources (the
 * export renders from the full files). Rendering runs only when the profile or the logo settings change; every
 * other edit reuses the last {@link LogoSet}. While one render runs, further changes are coalesced into one
 * follow-up render of the newest settings, and a result older than the newest request is never applied.
 */
public final class LiveLogoSet {
    private final ProjectSession session;
    private final BackgroundWork background;
    private final WorkingCopies copies;
    private final ReadOnlyObjectWrapper<LogoSet> logoSet = new ReadOnlyObjectWrapper<>(this, "logoSet", LogoSet.empty());
    private final ReadOnlyObjectWrapper<ImageFacts> sourceFacts = new ReadOnlyObjectWrapper<>(this, "sourceFacts");
    private final ReadOnlyObjectWrapper<Map<String, Integer>> byteSizes =
            new ReadOnlyObjectWrapper<>(this, "byteSizes", Map.of());
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private final NewestRequest renders = new NewestRequest();
    /** Only the end of the newest measurement asked for ends {@link #isMeasuring}. */
    private final NewestRequest measurements = new NewestRequest();
    private RenderKey requested;
    private Pending pending;
    private boolean inFlight;

    private record RenderKey(Profile profile, LogoSettings logo) {
    }

    /** The newest request made while a render runs, started once that one is done. */
    private record Pending(RenderKey key, NewestRequest.Ticket ticket) {
    }

    private record Result(LogoSet logos, ImageFacts facts) {
    }

    public LiveLogoSet(ProjectSession session, BackgroundWork background) {
        this(session, background, new WorkingCopies());
    }

    public LiveLogoSet(ProjectSession session, BackgroundWork background, WorkingCopies copies) {
        this.session = session;
        this.background = background;
        this.copies = copies;
        session.projectProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public WorkingCopies workingCopies() {
        return copies;
    }

    private void refresh() {
        RenderKey key = new RenderKey(session.profile(), session.project().logo());
        if (key.equals(requested)) {
            return;
        }
        requested = key;
        NewestRequest.Ticket ticket = renders.next();
        rendering.set(true);
        if (inFlight) {
            // a slider drag: render only the newest settings once the current render is done
            pending = new Pending(key, ticket);
            return;
        }
        start(key, ticket);
    }

    /**
     * Renders again from the files as they are now (a source replaced, truncated or deleted on disk): the working
     * copies are keyed by size and modification time, so a changed file is decoded again and an unchanged one is not.
     */
    public void reloadFromDisk() {
        requested = null;
        refresh();
    }

    private void start(RenderKey key, NewestRequest.Ticket mine) {
        inFlight = true;
        background.submit("Rendering logos", () -> render(key), result -> {
            finished();
            if (mine.isCurrent()) {
                sourceFacts.set(result.facts());
                logoSet.set(result.logos());
                StartupTimeline.mark("slots-rendered");
                rendering.set(false);
                measure(result.logos(), mine);
            }
        }, error -> {
            finished();
            if (mine.isCurrent()) {
                rendering.set(false);
            }
        });
    }

    private void finished() {
        inFlight = false;
        if (pending != null) {
            Pending next = pending;
            pending = null;
            start(next.key(), next.ticket());
        }
    }

    /** The PNG size of each slot, encoded off the FX thread after the pixels are shown. */
    private void measure(LogoSet logos, NewestRequest.Ticket render) {
        NewestRequest.Ticket mine = measurements.next();
        measuring.set(true);
        background.submit("Measuring logo files", () -> {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (RenderedSlot slot : logos.all()) {
                sizes.put(slot.slotId(), PngEncoder.encode(slot.image()).length);
            }
            return sizes;
        }, sizes -> {
            if (render.isCurrent()) {
                byteSizes.set(Map.copyOf(sizes));
                StartupTimeline.mark("slots-measured");
            }
            measuring.set(!mine.isCurrent() && measuring.get());
        }, error -> measuring.set(!mine.isCurrent() && measuring.get()));
    }

    private Result render(RenderKey key) throws ImagingException {
        int maxSide = WorkingCopies.maxSide(key.profile());
        LogoSet logos = LogoSetRenderer.render(key.profile(), key.logo(), path -> copies.get(path, maxSide));
        String main = key.logo().source();
        ImageFacts facts = null;
        if (main != null && !main.isBlank()) {
            try {
                facts = copies.get(Path.of(main), maxSide).facts();
            } catch (ImagingException e) {
                facts = null; // the slots' problems already say why
            }
        }
        return new Result(logos, facts);
    }

    public ReadOnlyObjectProperty<LogoSet> logoSetProperty() {
        return logoSet.getReadOnlyProperty();
    }

    public LogoSet logoSet() {
        return logoSet.get();
    }

    /** Each rendered slot's size as an exported PNG, in bytes; empty until measured. */
    public ReadOnlyObjectProperty<Map<String, Integer>> byteSizesProperty() {
        return byteSizes.getReadOnlyProperty();
    }

    /** The facts of the main source image, or null when there is none or it does not decode. */
    public ReadOnlyObjectProperty<ImageFacts> sourceFactsProperty() {
        return sourceFacts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public boolean isRendering() {
        return rendering.get();
    }

    /** Whether the newest slots' PNG sizes are still being measured (after {@link #isRendering} turned false). */
    public boolean isMeasuring() {
        return measuring.get();
    }
}
