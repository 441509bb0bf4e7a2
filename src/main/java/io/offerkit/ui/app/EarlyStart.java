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
import java.util.function.Supplier;

/**
 * The start-up work that needs no toolkit, begun by {@code main()} before JavaFX starts: which project to open, and
 * its session (the profiles, the project read and checked, its logo decoded) loading on a worker while the toolkit
 * starts and the window's outline and shell are built. The timeline showed that work (~0.7 s) waiting until the
 * shell's first frame was out, on a second core that was idle all along.
 *
 * <p>An app launched without {@code main()} (the UI tests, {@code mvn javafx:run} through the launcher) makes its
 * start in {@link OfferKitApp#start} instead, and loads the session once the shell is shown, as before.
 */
final class EarlyStart {
    private static volatile EarlyStart begun;

    private final List<String> args;
    private final LaunchOptions options;
    private final StartProject first;
    private final WorkerPool executor;
    private final Supplier<CompletableFuture<ProjectSession>> session;

    private EarlyStart(List<String> args, boolean loadNow) {
        this.args = List.copyOf(args);
        this.options = LaunchOptions.parse(args);
        Path dataDir = UserData.dir();
        // A scripted run (a screenshot, the start-up probe, the class-data training) without --open shows the demo,
        // whatever was open last, so its picture or timing is the same on every machine.
        this.first = options.open().isEmpty() && (options.screenshot().isPresent() || options.printStartup())
                ? StartProject.demo() : StartProject.choose(options.open(), new RecentProjects(dataDir));
        this.executor = new WorkerPool();
        Callable<Path> toOpen = () -> first.kind() == StartProject.Kind.FIRST_START
                ? DemoLocation.ensureDemo(dataDir) : first.file();
        if (loadNow) {
            CompletableFuture<ProjectSession> loading = SessionLoader.load(executor, toOpen);
            this.session = () -> loading;
        } else {
            this.session = () -> SessionLoader.load(executor, toOpen);
        }
    }

    /** From {@code main()}: chooses the project and starts loading its session now. */
    static void begin(String[] args) {
        begun = new EarlyStart(List.of(args), true);
        StartupTimeline.mark("early-start");
    }

    /** The start {@code main()} began for these arguments (once), else a new one whose session loads when asked. */
    static EarlyStart take(List<String> args) {
        EarlyStart early = begun;
        begun = null;
        return early != null && early.args.equals(args) ? early : new EarlyStart(args, false);
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

    /** The session of the project to open: loading since {@code main()}, or from now. */
    CompletableFuture<ProjectSession> session() {
        return session.get();
    }
}
