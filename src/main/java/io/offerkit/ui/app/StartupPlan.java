package io.offerkit.ui.app;

import io.offerkit.common.StartupTimeline;
import io.offerkit.common.UserData;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.RecentProjects;
import io.offerkit.ui.session.SessionLoader;
import io.offerkit.ui.session.StartProject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * What this start opens (the project, chosen from the options and the recent projects) and its session loading on a
 * worker: the profiles, the project read and checked, its logo decoded. {@link #beginLoading} starts the load once the
 * window's outline is on the screen, so it runs beside the shell's construction and first frame; it used to wait for
 * that frame (~0.7 s here). Not earlier, in {@code main()}: on two cores the load then competed with the toolkit's
 * start and delayed the outline itself (1.6x the bare window, against 1.0x, in one loaded run), which is what the user
 * sees first.
 */
final class StartupPlan {
    private final LaunchOptions options;
    private final StartProject first;
    private final WorkerPool executor = new WorkerPool();
    private final Callable<Path> toOpen;
    private CompletableFuture<ProjectSession> session;

    StartupPlan(List<String> args) {
        this.options = LaunchOptions.parse(args);
        Path dataDir = UserData.dir();
        // A scripted run (a screenshot, the start-up probe, the class-data training) without --open shows the demo,
        // whatever was open last, so its picture or timing is the same on every machine.
        this.first = options.open().isEmpty() && (options.screenshot().isPresent() || options.printStartup())
                ? StartProject.demo() : StartProject.choose(options.open(), new RecentProjects(dataDir));
        this.toOpen = () -> first.kind() == StartProject.Kind.FIRST_START ? DemoLocation.ensureDemo(dataDir) : first.file();
    }

    LaunchOptions options() {
        return options;
    }

    StartProject first() {
        return first;
    }

    WorkerPool executor() {
        return executor;
    }

    /** Starts loading the session (once); on the FX thread. */
    void beginLoading() {
        if (session == null) {
            session = SessionLoader.load(executor, toOpen);
            StartupTimeline.mark("loading-begun");
        }
    }

    /** The session of the project to open, loading since {@link #beginLoading} (which this calls). */
    CompletableFuture<ProjectSession> session() {
        beginLoading();
        return session;
    }
}
