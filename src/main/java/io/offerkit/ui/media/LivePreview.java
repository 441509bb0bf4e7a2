package io.offerkit.ui.media;

import io.offerkit.imaging.MediaRenderer;
import io.offerkit.imaging.RenderQuality;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngWithinLimit;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.session.WorkingCopies;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected screenshot or thumbnail as it will be published, rendered in the background through
 * {@link MediaRenderer} (the door the export goes through) from the capture's working copy, at the group's exact
 * size. A fast series of edits (a crop drag) renders the newest one: while one render runs, further requests wait as
 * one, and a result older than the newest request is never shown. Under a byte limit, the PNG's size is measured
 * after the pixels are shown.
 */
final class LivePreview {
    /** What to render: the image, in which slot, framed and redacted how; DRAFT while a gesture is under way. */
    record Request(String image, ImageSlot slot, MediaGroup group, Framing framing, List<Redaction> redactions,
                   RenderQuality quality) {
    }

    /** A render: the published pixels, and the working copy they were made from (for the capture pane). */
    record Result(Request request, BufferedImage image, BufferedImage capture, String problem) {
    }

    private final BackgroundWork background;
    private final WorkingCopies copies;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<PngWithinLimit> png = new ReadOnlyObjectWrapper<>(this, "png");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final NewestRequest renders = new NewestRequest();
    private Request requested;
    private Request pending;
    private NewestRequest.Ticket pendingTicket;
    private boolean inFlight;

    LivePreview(BackgroundWork background, WorkingCopies copies) {
        this.background = background;
        this.copies = copies;
    }

    /** Shows {@code request} (null: nothing selected, or no image yet). */
    void show(Request request) {
        if (Objects.equals(request, requested)) {
            return;
        }
        requested = request;
        NewestRequest.Ticket ticket = renders.next();
        png.set(null);
        if (request == null || request.image() == null) {
            result.set(null);
            rendering.set(false);
            return;
        }
        rendering.set(true);
        if (inFlight) {
            pending = request;
            pendingTicket = ticket;
            return;
        }
        start(request, ticket);
    }

    /** Renders again from the file as it is now (changed on disk). */
    void reload() {
        Request again = requested;
        requested = null;
        show(again);
    }

    private void start(Request request, NewestRequest.Ticket mine) {
        inFlight = true;
        background.submit("Rendering the screenshot preview", () -> render(request), done -> {
            finished();
            if (mine.isCurrent()) {
                result.set(done);
                rendering.set(false);
                measure(done, mine);
            }
        }, error -> {
            finished();
            if (mine.isCurrent()) {
                result.set(new Result(request, null, null, error.getMessage()));
                rendering.set(false);
            }
        });
    }

    private void finished() {
        inFlight = false;
        if (pending != null) {
            Request next = pending;
            pending = null;
            start(next, pendingTicket);
        }
    }

    private Result render(Request request) throws Exception {
        Path image = Path.of(request.image());
        int side = WorkingCopies.maxSide(request.group());
        SourceImage copy = request.quality() == RenderQuality.DRAFT ? copies.draft(image, side) : copies.get(image, side);
        RenderedSlot slot = MediaRenderer.render(copy, request.slot(), request.framing(), request.redactions(),
                request.quality());
        return new Result(request, slot.image(), copy.pixels(), null);
    }

    /** Under a byte limit: the PNG as the export would make it (reduced palette when the lossless one is over). */
    private void measure(Result done, NewestRequest.Ticket render) {
        Integer limit = done.request().group().maxBytes();
        if (limit == null || done.image() == null) {
            return;
        }
        background.submit("Measuring the screenshot's file", () -> PngWithinLimit.encode(done.image(), limit),
                measured -> {
                    if (render.isCurrent()) {
                        png.set(measured);
                    }
                }, error -> { });
    }

    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The PNG under the group's byte limit, once measured; null without a limit. */
    ReadOnlyObjectProperty<PngWithinLimit> pngProperty() {
        return png.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }
}
