package io.offerkit.ui.inspect;

import io.offerkit.imaging.ImageInspector;
import io.offerkit.imaging.Inspection;
import io.offerkit.imaging.SlotMatch;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The "Check sizes" section: images a designer made elsewhere, checked against the active profile's slots. Files
 * are inspected off the FX thread; the list says for each which slots it satisfies or exactly why not, and the
 * summary which slots are covered and which are still missing. A profile switch re-checks the same files.
 */
public final class InspectViewModel {
    static final int THUMBNAIL_SIDE = 56;

    private final ProjectSession session;
    private final BackgroundWork background;
    private final StatusMessages status;
    private final ObservableList<InspectRow> rows = FXCollections.observableArrayList();
    private final List<InspectInput> inputs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding summary;
    private Path scratch;
    /** Only the newest check ends {@link #busy}. */
    private final NewestRequest checks = new NewestRequest();
    /** Counts "Clear"s, so files still being checked when the list was cleared do not reappear. */
    private long clears;

    public InspectViewModel(ProjectSession session, BackgroundWork background, StatusMessages status) {
        this.session = session;
        this.background = background;
        this.status = status;
        summary = Bindings.createStringBinding(this::describeCoverage, rows, session.profileProperty());
        session.profileProperty().addListener((obs, old, now) -> recheck());
    }

    /** Adds files, folders or exported bundles (folder or ZIP) to the list. */
    public void add(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        busy.set(true);
        Profile profile = session.profile();
        NewestRequest.Ticket mine = checks.next();
        long clearsBefore = clears;
        background.submit("Checking images", () -> {
            List<InspectInput> expanded = InspectInputs.expand(dropped, scratch());
            return new Checked(expanded, inspectAll(expanded, profile));
        }, checked -> {
            if (mine.isCurrent()) {
                busy.set(false);
            }
            if (clearsBefore != clears) {
                return;
            }
            inputs.addAll(checked.inputs());
            rows.addAll(checked.rows());
            status.info(checked.inputs().isEmpty() ? Messages.text("inspect.status.none")
                    : Messages.format("inspect.status.checked", checked.inputs().size()));
        }, error -> {
            if (mine.isCurrent()) {
                busy.set(false);
            }
            status.error(Messages.format("inspect.status.failed", error.getMessage()));
        });
    }

    private record Checked(List<InspectInput> inputs, List<InspectRow> rows) {
    }

    public void clear() {
        clears++;
        checks.dropAll();
        busy.set(false);
        inputs.clear();
        rows.clear();
    }

    private void recheck() {
        if (inputs.isEmpty()) {
            return;
        }
        List<InspectInput> again = List.copyOf(inputs);
        Profile profile = session.profile();
        NewestRequest.Ticket mine = checks.next();
        busy.set(true);
        background.submit("Checking images", () -> inspectAll(again, profile), checked -> {
            if (mine.isCurrent()) {
                busy.set(false);
                rows.setAll(checked);
            }
        }, error -> busy.set(false));
    }

    private static List<InspectRow> inspectAll(List<InspectInput> inputs, Profile profile) {
        List<InspectRow> result = new ArrayList<>();
        for (InspectInput input : inputs) {
            Inspection inspection = ImageInspector.inspect(input.file(), profile);
            result.add(InspectRow.of(input, inspection, inspection.readable() ? thumbnail(input.file()) : null));
        }
        return result;
    }

    private static BufferedImage thumbnail(Path file) {
        try {
            return Thumbnails.of(file.toFile()).size(THUMBNAIL_SIDE, THUMBNAIL_SIDE).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            return null; // the facts and reasons still say what the file is; a thumbnail is a nicety
        }
    }

    private Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("offerkit-inspect");
            scratch.toFile().deleteOnExit();
        }
        return scratch;
    }

    private String describeCoverage() {
        if (rows.isEmpty()) {
            return Messages.format("inspect.summary.empty", session.profile().title());
        }
        List<ImageSlot> slots = session.profile().imageSlots();
        Set<String> covered = rows.stream().flatMap(r -> r.inspection().satisfied().stream())
                .map(SlotMatch::slotId).collect(Collectors.toSet());
        List<String> missing = slots.stream().filter(s -> !covered.contains(s.id()))
                .map(s -> Messages.format("inspect.slot", s.label(), s.sizeText())).toList();
        long coveredCount = slots.stream().filter(s -> covered.contains(s.id())).count();
        return missing.isEmpty() ? Messages.format("inspect.summary.complete", coveredCount, slots.size())
                : Messages.format("inspect.summary.missing", coveredCount, slots.size(), String.join(", ", missing));
    }

    public ObservableList<InspectRow> rows() {
        return rows;
    }

    public StringBinding summaryBinding() {
        return summary;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
