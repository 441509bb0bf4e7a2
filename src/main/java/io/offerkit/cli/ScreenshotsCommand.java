package io.offerkit.cli;

import io.offerkit.cli.ScreenshotMaker.Shot;
import io.offerkit.common.AtomicFiles;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "screenshots", description = {
        "Makes the listing screenshots of a profile from captures: OUT/NN-<name>.png (01, 02... in the order given),",
        "each at exactly the profile's screenshot size. Too many captures or an unreadable one: nothing is written.",
        "A file already there is not overwritten: the run is refused before anything is written, unless --replace."})
final class ScreenshotsCommand implements Callable<Integer> {
    private static final String AUTO = "auto";

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProfileAndOut target = new ProfileAndOut();

    @Option(names = "--fit", paramLabel = "MODE", defaultValue = "contain",
            description = "contain (the whole capture, padded) or cover (fills the frame, cut at the edges); default: ${DEFAULT-VALUE}.")
    private String fit;

    @Option(names = "--background", paramLabel = "COLOR", defaultValue = AUTO,
            description = "What contain pads with: auto (the capture's own edge colour) or #RRGGBB; default: ${DEFAULT-VALUE}.")
    private String background;

    @Option(names = "--replace", description = "Overwrite files of the same name in --out.")
    private boolean replace;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Captures, in listing order.")
    private List<Path> captures;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private Integer run(PrintWriter stdout, PrintWriter err) {
        try {
            SlotSettings settings = settings();
            MediaGroup group = group();
            if (captures.size() > group.maxCount()) {
                throw new OfferKitException(captures.size() + " captures given, but " + target.profileId + " takes at most "
                        + group.maxCount() + " screenshots; nothing was written.");
            }
            List<Path> targets = ScreenshotFiles.of(target.out, captures);
            Optional<String> taken = replace ? Optional.empty() : GenerateFolders.taken(targets);
            if (taken.isPresent()) {
                throw new OfferKitException(taken.get());
            }
            List<Shot> shots = makeAll(group, settings, targets);
            for (int i = 0; i < shots.size(); i++) {
                try {
                    AtomicFiles.write(targets.get(i), shots.get(i).png());
                } catch (IOException e) {
                    throw new OfferKitException("could not write " + targets.get(i) + ": " + e.getMessage());
                }
                stdout.println(targets.get(i));
                shots.get(i).warnings().forEach(w -> err.println("offerkit screenshots: warning: " + w));
            }
            return OfferKitCommand.OK;
        } catch (OfferKitException e) {
            err.println("offerkit screenshots: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }

    /**
     * Every capture is decoded, rendered and encoded before anything is written, so one unreadable capture leaves
     * no files behind; all at once, each on its own thread. The first failure in argument order is the one told.
     */
    private List<Shot> makeAll(MediaGroup group, SlotSettings settings, List<Path> targets) throws OfferKitException {
        // Every capture in flight at once (a profile takes at most a handful): with one thread per core, five captures
        // on two cores ran as 2 + 2 + 1 and the last one left a core idle for a whole capture's time.
        ExecutorService workers = Executors.newFixedThreadPool(captures.size(), runnable -> {
            Thread thread = new Thread(runnable, "offerkit-screenshots");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Shot>> running = new ArrayList<>();
            for (int i = 0; i < captures.size(); i++) {
                Path capture = captures.get(i);
                int index = i + 1;
                Path target = targets.get(i);
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return ScreenshotMaker.make(capture, group, index, settings, target);
                    } catch (ImagingException e) {
                        throw new CompletionException(e);
                    }
                }, workers));
            }
            List<Shot> shots = new ArrayList<>();
            for (CompletableFuture<Shot> shot : running) {
                try {
                    shots.add(shot.join());
                } catch (CompletionException e) {
                    if (e.getCause() instanceof ImagingException cause) {
                        throw new OfferKitException(cause.getMessage() + " Nothing was written.");
                    }
                    throw e;
                }
            }
            return shots;
        } finally {
            workers.shutdownNow();
        }
    }

    private MediaGroup group() throws OfferKitException {
        Profile profile;
        try {
            profile = target.profile();
        } catch (ProfileException e) {
            throw new OfferKitException(e.getMessage());
        }
        return profile.mediaGroup(MediaKind.SCREENSHOT).orElseThrow(() ->
                new OfferKitException("The profile " + target.profileId + " takes no screenshots."));
    }

    /** The options as slot settings; a null background means auto (the edge colour of each capture). */
    private SlotSettings settings() throws OfferKitException {
        SlotSettings s = SlotSettings.defaults();
        String mode = fit.toLowerCase(Locale.ROOT);
        if (mode.equals("cover")) {
            s = s.withFit(Fit.COVER);
        } else if (!mode.equals("contain")) {
            throw new OfferKitException("--fit must be contain or cover, not '" + fit + "'.");
        }
        if (background.equals(AUTO)) {
            return s.withBackground(null);
        }
        SlotBackground colour;
        try {
            colour = SlotBackground.parse(background, "--background");
        } catch (IllegalArgumentException e) {
            throw new OfferKitException(e.getMessage() + " For screenshots: auto or a colour as #RRGGBB.");
        }
        if (colour.isTransparent()) {
            throw new OfferKitException("--background must be auto or a colour as #RRGGBB: a screenshot is opaque, not '"
                    + background + "'.");
        }
        return s.withBackground(colour);
    }
}
