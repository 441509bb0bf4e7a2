package io.offerkit.cli;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.OfferKitException;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.PngEncoder;
import io.offerkit.imaging.SlotRenderer;
import io.offerkit.imaging.SourceImage;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {
        "Generates the logo PNGs of a profile from one or more source logos.",
        "One source: OUT/<slot-id>.png. Several: OUT/<source name>/<slot-id>.png; a bad source is reported and skipped."})
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

    @Parameters(arity = "1..*", paramLabel = "LOGO", description = "Source logo file(s).")
    private List<Path> sources;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SlotSettings settings;
        try {
            settings = settings();
        } catch (OfferKitException e) {
            err.println("offerkit generate: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
        // The profiles are read (JSON binding is a slow part of a cold start) while the first source decodes.
        CompletableFuture<Profile> profile = CompletableFuture.supplyAsync(this::profile);
        boolean allGood = true;
        for (Path source : sources) {
            Path dir = sources.size() == 1 ? out : out.resolve(stem(source));
            try {
                SourceImage image = ImageDecoder.read(source);
                Map<Path, byte[]> files = render(awaitProfile(profile), settings, image, dir);
                for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                    AtomicFiles.write(file.getKey(), file.getValue());
                }
                files.keySet().forEach(spec.commandLine().getOut()::println);
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
            awaitQuietly(profile); // an unknown profile still deserves its own message, even when every source was bad
        }
        return allGood ? OfferKitCommand.OK : OfferKitCommand.BAD_INPUT;
    }

    private Profile profile() {
        try {
            return ProfileRegistry.builtIn().get(profileId);
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

    private void awaitQuietly(CompletableFuture<Profile> profile) {
        try {
            awaitProfile(profile);
        } catch (ProfileException e) {
            spec.commandLine().getErr().println("offerkit generate: " + e.getMessage());
        }
    }

    /** Every slot is rendered and encoded before anything is written, so a bad source leaves no files behind. */
    private static Map<Path, byte[]> render(Profile profile, SlotSettings settings, SourceImage image, Path dir) {
        // Slots are independent: render and encode them on every core, keep the profile's order for the output.
        List<byte[]> pngs = profile.imageSlots().parallelStream()
                .map(slot -> PngEncoder.encode(SlotRenderer.render(image, slot, settings).image()))
                .toList();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pngs.size(); i++) {
            files.put(dir.resolve(profile.imageSlots().get(i).id() + ".png"), pngs.get(i));
        }
        return files;
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
