package io.offerkit.cli;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.LogoSetRenderer.Made;
import io.offerkit.imaging.WarmUp;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Fit;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {
        "Generates the logo PNGs of a profile from one or more source logos.",
        "One source: OUT/<slot-id>.png. Several: OUT/<source name>/<slot-id>.png (a second source of the same name goes",
        "into <name>-2, and so on); a bad source is reported and skipped. A file already there is not overwritten:",
        "the run is refused before anything is written, unless --replace."})
final class GenerateCommand implements Callable<Integer> {
    /** The options {@link #plain} reads without picocli: flags, and options that take a value. */
    private static final Set<String> PLAIN_FLAGS = Set.of("--trim", "--replace");
    private static final Set<String> PLAIN_VALUES = Set.of("--profile", "--out", "--fit", "--padding", "--background");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProfileAndOut target = new ProfileAndOut();

    @Option(names = "--fit", paramLabel = "MODE", description = "contain, cover or stretch (default: contain).")
    private String fit;

    @Option(names = "--padding", paramLabel = "PERCENT", description = "Padding on each side, percent of the shorter side.")
    private Double padding;

    @Option(names = "--background", paramLabel = "COLOR", description = "transparent or #RRGGBB (default: transparent).")
    private String background;

    @Option(names = "--trim", description = "Trim transparent or flat margins of the source first.")
    private Boolean trim;

    @Option(names = "--sharpen", description = "Sharpen lightly after resizing (crisper small slots, no halos).")
    private Boolean sharpen;

    @Option(names = "--replace", description = "Overwrite the PNGs of an earlier run (or any file of the same name) in --out.")
    private boolean replace;

    @Parameters(arity = "1..*", paramLabel = "LOGO", description = "Source logo file(s).")
    private List<Path> sources;

    /**
     * {@code generate}'s arguments when they are plain (options by their full names, each at most once, then files),
     * which is how scripts and benchmarks call it, read without picocli; null for anything else (help, version,
     * {@code --}, {@code @file}, an unknown, repeated or short option, a value that looks like an option, a bad
     * number...), which picocli then reads, with its usual messages. Picocli costs a cold run 100 ms and more: its
     * classes are Java 5 class files, which class-data sharing cannot archive, and it reads every option by
     * reflection. {@code CliTest} holds this reading to picocli's.
     */
    static GenerateCommand plain(String... args) {
        if (args.length < 2 || !args[0].equals("generate")) {
            return null;
        }
        Map<String, String> options = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("@")) {
                    return null; // picocli reads the arguments from that file
                }
                if (!arg.startsWith("-") && !arg.isEmpty()) {
                    files.add(Path.of(arg));
                    continue;
                }
                if (PLAIN_FLAGS.contains(arg)) {
                    if (options.put(arg, "") != null) {
                        return null;
                    }
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (!PLAIN_VALUES.contains(name) || value == null || value.isEmpty() || value.startsWith("-")
                        || value.startsWith("@") || options.put(name, value) != null) {
                    return null;
                }
            }
            if (!options.containsKey("--out") || files.isEmpty()) {
                return null;
            }
            GenerateCommand c = new GenerateCommand();
            c.sources = files;
            c.target = new ProfileAndOut(options.getOrDefault("--profile", ProfileRegistry.DEFAULT_PROFILE_ID),
                    Path.of(options.get("--out")));
            c.fit = options.get("--fit");
            c.padding = options.containsKey("--padding") ? Double.valueOf(options.get("--padding")) : null;
            c.background = options.get("--background");
            c.trim = options.containsKey("--trim") ? Boolean.TRUE : null;
            c.replace = options.containsKey("--replace");
            return c;
        } catch (InvalidPathException | NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    Integer run(PrintWriter stdout, PrintWriter err) {
        SlotSettings settings;
        try {
            settings = settings();
        } catch (OfferKitException e) {
            err.println("offerkit generate: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
        // While the first source decodes, another thread reads the profiles and gets the imaging classes ready.
        CompletableFuture<Profile> profile = new CompletableFuture<>();
        Thread preparation = new Thread(() -> {
            try {
                profile.complete(profile());
            } catch (RuntimeException e) {
                profile.completeExceptionally(e);
                return;
            }
            WarmUp.imaging(); // after the profile is handed over: the first slot need not wait for it
        }, "offerkit-profiles");
        preparation.setDaemon(true);
        preparation.start();
        // One pool for every source: its threads are made as the first source's slots need them, then reused.
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "offerkit-generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return generateAll(stdout, err, settings, profile, workers);
        } finally {
            workers.shutdownNow();
        }
    }

    private Integer generateAll(PrintWriter stdout, PrintWriter err, SlotSettings settings,
                                CompletableFuture<Profile> profile, Executor workers) {
        boolean allGood = true;
        List<Path> dirs = GenerateFolders.of(target.out, sources);
        boolean checked = false;
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            Path dir = dirs.get(i);
            try {
                SourceImage image = ImageDecoder.read(source);
                if (!checked) {
                    checked = true;
                    Profile slots = awaitProfile(profile);
                    Optional<String> taken = replace ? Optional.empty() : GenerateFolders.taken(slots, dirs);
                    if (taken.isPresent()) {
                        err.println("offerkit generate: " + taken.get());
                        return OfferKitCommand.BAD_INPUT;
                    }
                }
                Made<byte[]> made = render(awaitProfile(profile), settings, source, image, workers);
                Map<Path, byte[]> files = new LinkedHashMap<>();
                made.slots().forEach((slotId, png) -> files.put(dir.resolve(slotId + ".png"), png));
                for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                    AtomicFiles.write(file.getKey(), file.getValue());
                }
                files.keySet().forEach(stdout::println);
                // A slot that cannot be made from this source (an outline icon from a photo) is named with why; the
                // slots that could be made are written all the same.
                for (Map.Entry<String, String> problem : made.problems().entrySet()) {
                    err.println("offerkit generate: " + source + ": " + problem.getKey() + " was not made: "
                            + problem.getValue());
                    allGood = false;
                }
                String stem = GenerateFolders.stem(source);
                if (sources.size() > 1 && !dir.getFileName().toString().equals(stem)) {
                    err.println("offerkit generate: " + source + " went into " + dir + " (another source is also named "
                            + stem + ").");
                }
            } catch (ProfileException e) {
                err.println("offerkit generate: " + e.getMessage());
                return OfferKitCommand.BAD_INPUT;
            } catch (OfferKitException e) {
                err.println("offerkit generate: " + e.getMessage());
                allGood = false;
            } catch (IOException e) {
                err.println("offerkit generate: could not write into " + dir + ": " + e.getMessage());
                allGood = false;
            }
        }
        if (!allGood) {
            awaitQuietly(profile, err); // an unknown profile still deserves its own message, even when every source was bad
        }
        return allGood ? OfferKitCommand.OK : OfferKitCommand.BAD_INPUT;
    }

    private Profile profile() {
        try {
            return target.profile();
        } catch (ProfileException e) {
            throw new CompletionException(e);
        }
    }

    private static Profile awaitProfile(CompletableFuture<Profile> profile) throws ProfileException {
        try {
            return profile.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProfileException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void awaitQuietly(CompletableFuture<Profile> profile, PrintWriter err) {
        try {
            awaitProfile(profile);
        } catch (ProfileException e) {
            err.println("offerkit generate: " + e.getMessage());
        }
    }

    /**
     * Every slot is rendered and encoded before anything is written, so a bad source leaves no files behind. The
     * slots are independent: each is rendered and encoded on a worker, and the files keep the profile's order.
     */
    private static Made<byte[]> render(Profile profile, SlotSettings settings, Path source, SourceImage image,
                                       Executor workers) {
        LogoSettings logo = LogoSettings.empty().withSource(source.toString()).withDefaults(settings);
        return LogoSetRenderer.render(profile, logo, path -> image, workers, slot -> PngEncoder.encode(slot.image()));
    }

    /** The options as slot settings: each value read by the rule its type states (the same as the app's). */
    private SlotSettings settings() throws OfferKitException {
        SlotSettings s = SlotSettings.defaults();
        if (fit != null) {
            try {
                s = s.withFit(Fit.valueOf(fit.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new OfferKitException("--fit must be contain, cover or stretch, not '" + fit + "'.");
            }
        }
        try {
            if (padding != null) {
                s = s.withPaddingPercent(SlotSettings.checkPadding(padding, "--padding"));
            }
            if (background != null) {
                s = s.withBackground(SlotBackground.parse(background, "--background"));
            }
        } catch (IllegalArgumentException e) {
            throw new OfferKitException(e.getMessage());
        }
        if (trim != null) {
            s = s.withTrim(trim);
        }
        if (sharpen != null) {
            s = s.withSharpen(sharpen);
        }
        return s;
    }

}
