package io.offerkit.ui.media;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.common.Reasons;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.LoadingBar;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.session.WorkingCopies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Reads captures off the FX thread, one after another, with one progress bar for the batch and Cancel: each file is
 * decoded (which checks it) and its working copy made, so the previews need not read it again. A file that does not
 * decode is left out with its reason; the others come in. A newer batch stops the one running.
 */
final class CaptureLoads implements LoadingBar.Source {
    /** What a batch read: the files that decoded, in order, with their facts, and why the others did not. */
    record Batch(Map<Path, ImageFacts> read, List<String> failures) {
    }

    private final BackgroundWork background;
    private final WorkingCopies copies;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "loadProgress");
    private final NewestRequest loads = new NewestRequest();
    private final Runnable cancelled;
    private BackgroundWork.Cancellable current;

    CaptureLoads(BackgroundWork background, WorkingCopies copies, Runnable cancelled) {
        this.background = background;
        this.copies = copies;
        this.cancelled = cancelled;
    }

    /** Reads {@code files} (absolute) into working copies of {@code maxSide}; {@code done} gets the batch. */
    void load(List<Path> files, int maxSide, Consumer<Batch> done, Consumer<String> failed) {
        stop();
        NewestRequest.Ticket mine = loads.next();
        loading.set(true);
        progress.set(0);
        loadingText.set(files.size() == 1 ? Messages.format("media.loading.one", files.get(0).getFileName())
                : Messages.format("media.loading.many", files.size()));
        current = background.submitCancellable("Reading captures", monitor -> read(files, maxSide, monitor),
                fraction -> {
                    if (mine.isCurrent() && fraction > progress.get()) {
                        progress.set(Math.min(1, fraction));
                    }
                }, mine.ifCurrent(batch -> {
                    finish();
                    done.accept(batch);
                }), mine.ifCurrent(error -> {
                    if (!(error instanceof CancelledException)) {
                        finish();
                        failed.accept(Reasons.of(error));
                    }
                }));
    }

    private Batch read(List<Path> files, int maxSide, ProgressMonitor monitor) throws CancelledException {
        Map<Path, ImageFacts> read = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ProgressMonitor part = monitor.slice((double) i / files.size(), (double) (i + 1) / files.size());
            try {
                SourceImage image = ImageDecoder.read(file, part.slice(0, 0.8));
                copies.put(file, maxSide, image, part.slice(0.8, 1));
                read.put(file, image.facts());
            } catch (ImagingException | RuntimeException e) {
                failures.add(named(file, Reasons.of(e)));
            }
            monitor.checkCancelled();
        }
        return new Batch(read, failures);
    }

    /** The decoders' sentences name the file themselves ("cut.png is truncated..."): it is not said twice. */
    private static String named(Path file, String reason) {
        String name = String.valueOf(file.getFileName());
        return reason.contains(name) ? reason : name + ": " + reason;
    }

    private void finish() {
        current = null;
        loading.set(false);
    }

    @Override
    public void cancelLoad() {
        if (loading.get()) {
            stop();
            loads.dropAll();
            loading.set(false);
            cancelled.run();
        }
    }

    private void stop() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return progress.getReadOnlyProperty();
    }
}
