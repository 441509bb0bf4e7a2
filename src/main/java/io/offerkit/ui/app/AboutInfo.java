package io.offerkit.ui.app;

import io.offerkit.bundle.ToolVersion;
import io.offerkit.ui.fx.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What Help > About says: OfferKit's version, the Java and JavaFX it runs on, and the bundled libraries with their
 * licences (read from {@code third-party-licences.txt}, so the list is kept beside the code, not in it).
 */
public record AboutInfo(String version, String javaVersion, String javafxVersion, List<Library> libraries) {

    public record Library(String name, String licence) {
    }

    public static AboutInfo current() {
        return of(System::getProperty);
    }

    static AboutInfo of(UnaryOperator<String> properties) {
        return new AboutInfo(ToolVersion.get(),
                Optional.ofNullable(properties.apply("java.vendor"))
                        .map(v -> Messages.format("about.javaVendor", javaVersion(properties), v)).orElse(javaVersion(properties)),
                Optional.ofNullable(properties.apply("javafx.runtime.version")).orElse(Messages.text("about.unknown")),
                bundledLibraries());
    }

    private static String javaVersion(UnaryOperator<String> properties) {
        return Optional.ofNullable(properties.apply("java.version")).orElse(Messages.text("about.unknown"));
    }

    static List<Library> bundledLibraries() {
        try (InputStream in = AboutInfo.class.getResourceAsStream("/io/offerkit/ui/third-party-licences.txt")) {
            if (in == null) {
                throw new IllegalStateException("third-party-licences.txt is missing from the application");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> parse(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\|", 2)).filter(p -> p.length == 2)
                .map(p -> new Library(p[0].strip(), p[1].strip())).toList();
    }

    /** The whole box as plain text (for Copy, and for the tests). */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(Messages.format("about.copy.header", version, javaVersion, javafxVersion));
        libraries.forEach(l -> text.append(Messages.format("about.copy.library", l.name(), l.licence())));
        return text.toString();
    }
}
