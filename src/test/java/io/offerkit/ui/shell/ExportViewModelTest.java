package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export on the app's executor, run inline ({@code direct()}) or held: its progress, Cancel and errors. */
class ExportViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    StatusMessages status = new StatusMessages();

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
    }

    @Test
    void theProgressStartsUnknownRisesToTheWholeAndTheStatusSaysWhereItWent() {
        ExportViewModel export = new ExportViewModel(() -> session, status, BackgroundWork.direct());
        List<Double> seen = new ArrayList<>();
        export.exportProgressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        Path target = dir.resolve("export");

        export.exportTo(target);

        assertThat(seen).first().isEqualTo(-1.0);
        assertThat(seen.subList(1, seen.size())).hasSizeGreaterThan(2).isSorted().last().isEqualTo(1.0);
        assertThat(export.exportingProperty().get()).isFalse();
        assertThat(status.isError()).isFalse();
        assertThat(status.message()).isEqualTo("Exported to " + target + ".");
        assertThat(target.resolve("offer.json")).exists();
    }

    @Test
    void cancellingARunningExportSaysSoAndWritesNothing() {
        HeldWork held = new HeldWork();
        ExportViewModel export = new ExportViewModel(() -> session, status, held);
        Path target = dir.resolve("cancelled.zip");

        export.exportTo(target);
        export.exportTo(dir.resolve("second.zip"));
        assertThat(held.pending()).as("one export at a time").isEqualTo(1);
        assertThat(export.exportingProperty().get()).isTrue();
        export.cancelExport();
        assertThat(export.exportingProperty().get()).isFalse();
        assertThat(status.message()).isEqualTo("Export cancelled; nothing was written.");
        held.runAll();

        assertThat(target).doesNotExist();
        assertThat(status.message()).as("the stopped work reports nothing more").isEqualTo("Export cancelled; nothing was written.");
        assertThat(status.isError()).isFalse();
    }

    @Test
    void anExportThatFailsSaysWhyAndEnds() throws Exception {
        ExportViewModel export = new ExportViewModel(() -> session, status, BackgroundWork.direct());
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        export.exportTo(file.resolve("offer.zip"));

        assertThat(export.exportingProperty().get()).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).startsWith("Export failed: ").contains("not-a-folder");
        export.exportTo(dir.resolve("after.zip"));
        assertThat(dir.resolve("after.zip")).as("a failed export does not block the next").exists();
    }
}
