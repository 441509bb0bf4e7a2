package io.offerkit.demo;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Attestation;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A realistic demo offer (a field-service planning app), written as a project folder: the app opens it on first
 * start, and tests and the README use it. Some business items are left unconfirmed on purpose, so the checklist
 * shows every state a real project goes through.
 */
public final class DemoProject {
    public static final String FILE_NAME = "contoso-route-planner" + ProjectFiles.EXTENSION;
    private static final String LOGO = "logo.png";
    private static final String TERMS = "legal/terms-of-use.md";
    private static final String PRIVACY = "legal/privacy-policy.md";
    private static final String GUIDE = "legal/getting-started.pdf";
    /** D365's supplemental content, written only for an offer type that asks for it. */
    private static final String SCENARIOS = "legal/key-usage-scenarios.pdf";
    private static final String SUPPLEMENTAL_ID = "supplemental";
    /** The files {@link #write} writes, relative to its folder. */
    public static final List<String> FILES = List.copyOf(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(LOGO, TERMS, PRIVACY, GUIDE, SCENARIOS), java.util.stream.Stream.concat(
                    DemoMedia.FILES.stream(), java.util.stream.Stream.of(FILE_NAME))).toList());
    private static final LocalDate CONFIRMED_ON = LocalDate.of(2026, 11, 2);

    private DemoProject() {
    }

    /** Writes the demo into {@code dir} (created if needed) and returns the project file. */
    public static Path write(Path folder) throws IOException, ProjectException {
        return write(folder, null);
    }

    /**
     * Writes the demo made for another offer type: the same app, with the contacts, list picks, further fields and
     * documents that type's form asks for. {@code profile} null: the seed's profile, as {@link #write(Path)}.
     */
    public static Path write(Path folder, Profile profile) throws IOException, ProjectException {
        Path dir = Files.createDirectories(folder).toAbsolutePath();
        Path logo = dir.resolve(LOGO);
        Files.write(logo, PngEncoder.encode(DemoLogo.draw()));
        Files.createDirectories(dir.resolve("legal"));
        Path terms = dir.resolve(TERMS);
        Files.writeString(terms, resource("terms-of-use.md"), StandardCharsets.UTF_8);
        Path privacy = dir.resolve(PRIVACY);
        Files.writeString(privacy, resource("privacy-policy.md"), StandardCharsets.UTF_8);
        Path guide = dir.resolve(GUIDE);
        Files.write(guide, MinimalPdf.singlePage("Contoso Route Planner - Getting started"));
        Project project = project(logo, terms, privacy, guide).withMedia(DemoMedia.write(dir));
        if (profile != null && profile.document(SUPPLEMENTAL_ID).isPresent()) {
            Path scenarios = dir.resolve(SCENARIOS);
            Files.write(scenarios, MinimalPdf.singlePage("Contoso Route Planner - Key usage scenarios"));
            project = project.withDocuments(SUPPLEMENTAL_ID, List.of(DocumentRef.ofFile(scenarios.toString())));
        }
        if (profile != null) {
            project = DemoDetails.fitted(project, profile);
        }
        Path file = dir.resolve(FILE_NAME);
        ProjectFiles.write(project, file);
        return file;
    }

    static Project project(Path logo, Path terms, Path privacy, Path guide) throws IOException {
        return Project.empty(ProfileRegistry.DEFAULT_PROFILE_ID)
                .withAppName("Contoso Route Planner")
                .withSummary("Plan technician routes and visits from Dynamics 365 work orders in minutes.")
                .withDescription(new Description(DescriptionFormat.MARKDOWN, resource("description.md")))
                .withKeywords(List.of("field service", "routing", "scheduling"))
                .withProducts(List.of("Dynamics 365 Field Service", "Dynamics 365 Sales"))
                .withLogo(LogoSettings.empty().withSource(logo.toString()))
                .withDocuments("terms-of-use", List.of(DocumentRef.ofFile(terms.toString())))
                .withDocuments("privacy-policy", List.of(DocumentRef.ofFile(privacy.toString())))
                .withDocuments("supporting", List.of(DocumentRef.ofFile(guide.toString())))
                .withLink("help", "https://contoso.example/route-planner/help")
                .withLink("support", "https://contoso.example/route-planner/support")
                .withLink("privacy", "https://contoso.example/privacy")
                .withAttestation("aad-sso", new Attestation(true, "Azure AD app 7c1e… with admin consent", CONFIRMED_ON))
                .withAttestation("lob-focus", new Attestation(true, "Dispatchers sign in with work accounts", CONFIRMED_ON))
                .withAttestation("trial-experience", new Attestation(true, "Free trial, 30 days", CONFIRMED_ON))
                .withAttestation("low-configuration", new Attestation(true, "Solution import, no setup", CONFIRMED_ON))
                .withAttestation("uptime", new Attestation(true, "99.95 % over the last 12 months", CONFIRMED_ON))
                .withAttestation("partner-registration", new Attestation(true, "MPN ID 1234567", CONFIRMED_ON));
    }

    private static String resource(String name) throws IOException {
        try (var in = DemoProject.class.getResourceAsStream("/io/offerkit/demo/" + name)) {
            if (in == null) {
                throw new IOException("demo resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
