package io.offerkit.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Store Preview window's model: builds the bundle's page in the background, light or dark, cancellable. */
class StorePreviewViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltPageNamesTheProjectAndTheToggleForcesTheTheme() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        StorePreviewViewModel model = new StorePreviewViewModel(session, BackgroundWork.direct(), false);
        model.refresh();
        assertThat(model.buildingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.nameProperty().get()).isEqualTo(session.project().appName());
        var page = Jsoup.parse(model.pageProperty().get());
        assertThat(page.select(".detail h1").text()).isEqualTo(session.project().appName());
        assertThat(page.selectFirst("html").className()).isEqualTo("light");
        model.darkProperty().set(true);
        assertThat(Jsoup.parse(model.pageProperty().get()).selectFirst("html").className()).isEqualTo("dark");
    }

    @Test
    void aCancelledBuildShowsNothingNewAndStopsBuilding() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        HeldWork held = new HeldWork();
        StorePreviewViewModel model = new StorePreviewViewModel(session, held, true);
        model.refresh();
        assertThat(model.buildingProperty().get()).isTrue();
        model.cancel();
        assertThat(model.buildingProperty().get()).isFalse();
        held.runAll();
        assertThat(model.pageProperty().get()).isEmpty();
    }
}
