package io.offerkit.bundle;

import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.ListingDetails;
import io.offerkit.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A single-language Teams project of texts only (no images, so its bundle's bytes hang on no font or renderer). */
final class TextOnlyProject {

    private TextOnlyProject() {
    }

    static Profile teams() throws Exception {
        return ProfileRegistry.builtIn().get("teams-app");
    }

    static Project project() {
        return Project.empty("teams-app")
                .withAppName("Contoso Routes")
                .withSummary("Plan technician routes from Teams.")
                .withDescription(new Description(DescriptionFormat.MARKDOWN, "## Routes\n\nPlan *every* visit.\n"))
                .withKeywords(List.of("routes", "planning"))
                .withLink("privacy", "https://contoso.example/privacy")
                .withLink("support", "https://contoso.example/support")
                .withDocuments("terms-of-use", List.of(DocumentRef.ofUrl("https://contoso.example/terms")))
                .withDetails(ListingDetails.empty().withText("shortDescription", "Routes in Teams"))
                .withHandoff("text:appName", true);
    }

    /** The bundle's offer.json, exported as tool version "test". */
    static byte[] offerJson(Project project, Path target) throws Exception {
        Profile teams = teams();
        Path folder = Exporter.export(teams, project, LogoSetRenderer.render(teams, project.logo()), "test", target,
                ExportProgress.NONE);
        return Files.readAllBytes(folder.resolve(BundleLayout.OFFER_JSON));
    }
}
