package io.offerkit.cli;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.SlotRenderer;
import io.offerkit.imaging.WarmUp;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.render.SharedSource;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
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
    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileRegistry.DEFAULT_PROFILE_ID,
            description = "Requirement profile (default: ${DEFAULT-VALUE}).")
    private String profileId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

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
        GenerateCommand c = new GenerateCommand();
        c.sources = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("@")) {
                    return null; // picocli reads the arguments from that file
                }
                if (!arg.startsWith("-") && !arg.isEmpty()) {
                    c.sources.add(Path.of(arg));
                    continue;
                }
                if (arg.equals("--trim")) {
                    if (c.trim != null) {
                        return null;
                    }
                    c.trim = Boolean.TRUE;
                    continue;
                }
                if (arg.equals("--replace")) {
                    if (c.replace) {
                        return null;
                    }
                    c.replace = true;
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return null;
                }
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                    return null;
                }
                switch (name) {
                    case "--profile" -> {
                        if (c.profileId != null) {
                            return null;
                        }
                        c.profileId = value;
                    }
                    case "--out" -> {
                        if (c.out != null) {
                            return null;
                        }
                        c.out = Path.of(value);
                    }
                    case "--fit" -> {
                        if (c.fit != null) {
                            return null;
                        }
                        c.fit = value;
                    }
                    case "--padding" -> {
                        if (c.padding != null) {
                            return null;
                        }
                        c.padding = Double.valueOf(value);
                    }
                    case "--background" -> {
                        if (c.background != null) {
                            return null;
                        }
                        c.background = value;
                    }
                    default -> {
                        return null;
                    }
                }
            }
        } catch (InvalidPathException | NumberFormatException e) {
            return null;
        }
        if (c.out == null || c.sources.isEmpty()) {
            return null;
        }
        if (c.profileId == null) {
            c.profileId = ProfileRegistry.DEFAULT_PROFILE_ID;
        }
        return c;
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
                                CompletableFuture<Profile> profile, ExecutorService workers) {
        boolean allGood = true;
        List<Path> dirs = folders();
        boolean checked = false;
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            Path dir = dirs.get(i);
            try {
                SourceImage image = ImageDecoder.read(source);
                if (!checked) {
                    checked = true;
                    Optional<String> taken = taken(awaitProfile(profile), dirs);
                    if (taken.isPresent()) {
                        err.println("offerkit generate: " + taken.get());
                        return OfferKitCommand.BAD_INPUT;
                    }
                }
                Map<Path, byte[]> files = render(awaitProfile(profile), settings, image, dir, workers);
                for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                    AtomicFiles.write(file.getKey(), file.getValue());
                }
                files.keySet().forEach(stdout::println);
                String stem = stem(source);
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

    /**
     * Each source's folder: OUT itself for one source, else OUT/&lt;name&gt;, then &lt;name&gt;-2, -3... for later sources
     * of the same name (compared ignoring case, as Windows and macOS do), so no source's PNGs land on another's.
     */
    private List<Path> folders() {
        if (sources.size() == 1) {
            return List.of(out);
        }
        Set<String> used = new HashSet<>();
        List<Path> dirs = new ArrayList<>();
        for (Path source : sources) {
            String stem = stem(source);
            String name = stem;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = stem + "-" + n;
            }
            dirs.add(out.resolve(name));
        }
        return dirs;
    }

    /**
     * Why the run may not write, when a file it would write is already there and --replace was not given: generate
     * cannot tell an earlier run's PNG from one the user made, so it overwrites neither unasked.
     */
    private Optional<String> taken(Profile profile, List<Path> dirs) {
        if (replace) {
            return Optional.empty();
        }
        List<Path> existing = new ArrayList<>();
        for (Path dir : dirs) {
            for (ImageSlot slot : profile.imageSlots()) {
                Path file = dir.resolve(slot.id() + ".png");
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    existing.add(file);
                }
            }
        }
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        String more = existing.size() == 1 ? "" : " (and " + (existing.size() - 1) + " more)";
        return Optional.of(existing.get(0) + " already exists" + more
                + "; nothing was written. Pass --replace to overwrite, or choose another --out.");
    }

    private Profile profile() {
        try {
            return ProfileRegistry.builtIn(profileId);
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

    /** Every slot is rendered and encoded before anything is written, so a bad source leaves no files behind. */
    private static Map<Path, byte[]> render(Profile profile, SlotSettings settings, SourceImage image, Path dir,
                                            ExecutorService workers) {
        SharedSource source = SharedSource.of(image);
        List<ImageSlot> slots = profile.imageSlots();
        // Slots are independent: render and encode them on every core, the largest first (the one that takes longest
        // must not start last), and keep the profile's order for the output.
        List<ImageSlot> largestFirst = new ArrayList<>(slots);
        largestFirst.sort(Comparator.comparingLong((ImageSlot slot) -> (long) slot.width() * slot.height()).reversed());
        try {
            Map<ImageSlot, Future<byte[]>> pngs = new HashMap<>();
            for (ImageSlot slot : largestFirst) {
                pngs.put(slot, workers.submit(() -> PngEncoder.encode(SlotRenderer.render(source, slot, settings).image())));
            }
            Map<Path, byte[]> files = new LinkedHashMap<>();
            for (ImageSlot slot : slots) {
                files.put(dir.resolve(slot.id() + ".png"), pngs.get(slot).get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the slots", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private SlotSettings settings() throws OfferKitException {
        SlotSettings s = SlotSettings.defaults();
        if (fit != null) {
            try {
                s = s.withFit(Fit.valueOf(fit.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new OfferKitException("--fit must be contain, cover or stretch, not '" + fit + "'.");
            }
        }
        if (padding != null) {
            if (padding < 0 || padding > 45) {
                throw new OfferKitException("--padding must be between 0 and 45 percent, not " + padding + ".");
            }
            s = s.withPaddingPercent(padding);
        }
        if (background != null) {
            if (!background.equalsIgnoreCase(SlotSettings.TRANSPARENT) && !background.matches("#[0-9A-Fa-f]{6}")) {
                throw new OfferKitException("--background must be transparent or a colour as #RRGGBB, not '" + background + "'.");
            }
            s = s.withBackground(background);
        }
        if (trim != null) {
            s = s.withTrim(trim);
        }
        if (sharpen != null) {
            s = s.withSharpen(sharpen);
        }
        return s;
    }

    private static String stem(Path source) {
        String name = String.valueOf(source.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
