package io.offerkit.ui.session;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ProfileRegistry;
import java.nio.file.Path;

/** Shared test helpers: a session with the demo project open, written into a test's temporary folder. */
public final class TestSessions {
    private TestSessions() {
    }

    public static ProjectSession demo(Path dir) throws Exception {
        ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
        session.open(DemoProject.write(dir.resolve("demo")));
        return session;
    }
}
