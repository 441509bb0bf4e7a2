package io.offerkit.ui.session;

import io.offerkit.check.CheckEngine;
import io.offerkit.common.StartupTimeline;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.WorkerPool;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The start-up work that needs no FX thread, done on a worker once the window's shell is on the screen: reading the
 * built-in profiles to make the session, then a first read and check of the project to be opened, which loads and initialises the project reader,
 * flexmark, the HTML sanitizer and jsoup. Building the sections on the FX thread afterwards then finds all of that
 * ready. The project itself is opened on the FX thread (its errors and missing files are shown there), from a warm
 * reader.
 */
public final class SessionLoader {
    private SessionLoader() {
    }

    /**
     * Makes the session on {@code executor}; {@code project} names the file that will be opened (it may write the
     * demo first). A project that cannot be found or read only skips the warm-up: opening it reports why.
     */
    public static CompletableFuture<ProjectSession> load(WorkerPool executor, Callable<Path> project) {
        return executor.supply(() -> {
            ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
            StartupTimeline.mark("profiles-read");
            warmUp(executor, session, project);
            StartupTimeline.mark("project-warm-up");
            return session;
        });
    }

    private static void warmUp(WorkerPool executor, ProjectSession session, Callable<Path> project) {
        try {
            Project read = ProjectFiles.read(project.call());
            ProfileRegistry registry = session.registry();
            Profile profile = registry.find(read.profileId()).orElse(registry.defaultProfile());
            // The logos' working copies decoded (and the renderer warmed up) here, so the Logos section's slots,
            // which the window shows first, render at once from the session's copies.
            int maxSide = WorkingCopies.maxSide(profile);
            WorkingCopies copies = session.workingCopies();
            LogoSet logos = LogoSetRenderer.render(profile, read.logo(), path -> copies.get(path, maxSide));
            // The slots' PNG sizes are measured by encoding them: once here, so the encoder is loaded and warm.
            for (RenderedSlot slot : logos.all()) {
                PngEncoder.encode(slot.image());
            }
            StartupTimeline.mark("logo-decoded");
            // The captures are read into the session's media facts on the other worker, while the window is built:
            // decoding them all (the demo's four) held the session back by ~0.6 s idle, 1.6 s loaded. The checklist
            // judges them as being read until this is done (ChecklistViewModel).
            session.readingMedia(executor.supply(() -> {
                session.mediaFacts().readAll(profile, read);
                StartupTimeline.mark("captures-read");
                return null;
            }));
            // The check itself once here, before the session goes to the FX thread, so the checklist's first
            // evaluation there finds its code loaded and warm (flexmark, jsoup, the sanitizer, the lints: ~0.25 s
            // cold); the captures are taken as known so far, which reads none of them.
            CheckEngine.evaluate(profile, read, logos, null, LintSettings.defaults(), session.mediaFacts().knownSoFar());
            StartupTimeline.mark("check-warmed");
        } catch (Exception e) {
            // Only a warm-up: opening the project on the FX thread says what is wrong with it.
        }
    }
}
