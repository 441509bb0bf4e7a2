package io.offerkit.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Listing;
import io.offerkit.project.ProjectListings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist groups a further listing language's items under its own heading, which says when it is incomplete. */
@ExtendWith(ApplicationExtension.class)
class ChecklistLanguagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    ProjectSession session;
    ChecklistView view;
    Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        session = new ProjectSession(ProfileRegistry.builtIn());
        session.open(DemoProject.write(dir.resolve("demo"), ProfileRegistry.builtIn("teams-app")));
        LiveLogoSet logos = new LiveLogoSet(session, BackgroundWork.direct());
        view = new ChecklistView(new ChecklistViewModel(session, logos.logoSetProperty(), CLOCK), item -> { });
        scene = new Scene(view, 420, 1500);
        if (System.getProperty("offerkit.shot") != null) { // the app's whole look, for a picture to judge by eye
            ThemeStyles.useBase(false);
            ThemeStyles.apply(scene.getStylesheets(), false);
        } else {
            scene.getStylesheets().add(ThemeStyles.LIGHT);
        }
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(15, TimeUnit.SECONDS);
    }

    private List<String> headings() throws Exception {
        return fx(() -> view.lookupAll(".language-title").stream().map(n -> ((Label) n).getText()).toList());
    }

    private List<String> rowTexts() throws Exception {
        return fx(() -> view.lookupAll(".label").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).filter(t -> t != null).toList());
    }

    @Test
    void aGermanListingGetsItsGroupNamedIncompleteUntilItsTextsAreThere() throws Exception {
        assertThat(headings()).as("one language: no language groups").isEmpty();
        fx(() -> {
            session.update(p -> ProjectListings.with(p, "de-de", Listing.empty().withAppName("Contoso Routenplaner")));
            return null;
        });
        assertThat(headings()).containsExactly("GERMAN (GERMANY) LISTING · DE-DE · INCOMPLETE");
        assertThat(rowTexts()).anyMatch(t -> t.startsWith("German (Germany) (de-de): Short name: 20 of 30 characters"));
        assertThat(rowTexts()).anyMatch(t -> t.startsWith("German (Germany) (de-de): ") && t.contains("empty"));
        if (System.getProperty("offerkit.shot") != null) {
            byte[] png = fx(() -> PngEncoder.encode(FxImages.toBuffered(scene.snapshot(null))));
            Files.write(Path.of(System.getProperty("offerkit.shot")), png);
        }

        fx(() -> {
            session.update(p -> ProjectListings.without(p, "de-de"));
            return null;
        });
        assertThat(headings()).as("the group goes with its language").isEmpty();
    }
}
