package io.offerkit.ui.preview;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.StorePreviewHtml;
import io.offerkit.bundle.StorePreviewPage;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.ProjectSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Store Preview window's state: the project's {@code preview.html} as an export would write it (built in the
 * background through {@link StorePreviewPage}, with progress and cancel), shown light or dark. The page is the
 * bundle's byte for byte, its theme forced on the root ({@link StorePreviewHtml#withAppearance}) since the window's
 * viewer runs no script and follows no link.
 */
public final class StorePreviewViewModel {
    private final ProjectSession session;
    private final BackgroundWork background;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper(this, "page", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private BackgroundWork.Cancellable running;
    private String built = "";

    /** {@code dark}: the theme the window opens in (the app's own). */
    public StorePreviewViewModel(ProjectSession session, BackgroundWork background, boolean dark) {
        this.session = session;
        this.background = background;
        this.dark.set(dark);
        this.dark.addListener((obs, old, now) -> page.set(themed()));
    }

    /** Builds the page of the project as it is now; a build still running is cancelled first. */
    public void refresh() {
        cancel();
        Profile profile = session.profile();
        Project project = session.project();
        name.set(project.appName());
        problem.set("");
        building.set(true);
        progress.set(0);
        // The preview shows no lint finding, so the default levels make the same page as the user's would.
        BackgroundWork.Cancellable work = background.submitCancellable("Building the store preview",
                monitor -> StorePreviewPage.of(profile, project, LintSettings.defaults(), ExportProgress.of(monitor)),
                progress::set, html -> {
                    built = html;
                    page.set(themed());
                    finish();
                }, error -> {
                    problem.set(Messages.format("preview.failed", error.getMessage()));
                    finish();
                });
        running = building.get() ? work : null; // work run inline has finished already
    }

    /** Stops a build that is running; the page shown stays as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            finish();
        }
    }

    private void finish() {
        running = null;
        building.set(false);
    }

    private String themed() {
        return built.isEmpty() ? "" : StorePreviewHtml.withAppearance(built,
                dark.get() ? StorePreviewHtml.Appearance.DARK : StorePreviewHtml.Appearance.LIGHT);
    }

    /** True: the page is shown dark; false: light. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The page to show, in the chosen theme; empty until the first build is done. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The name of the offer previewed, for the window's title. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** Why the last build failed, in words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** 0..1 while building. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
