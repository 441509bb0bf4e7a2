package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.FieldKind;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;

    @Test
    void titleNamesTheAppOrTheFileAndMarksUnsavedChanges() {
        Project named = Project.empty("p").withAppName("Route Planner");
        assertThat(ShellViewModel.title(named, null, false)).isEqualTo("Route Planner — OfferKit");
        assertThat(ShellViewModel.title(named, null, true)).isEqualTo("Route Planner* — OfferKit");
        assertThat(ShellViewModel.title(Project.empty("p"), Path.of("/x/offer.offerkit"), true)).isEqualTo("offer.offerkit* — OfferKit");
        assertThat(ShellViewModel.title(Project.empty("p"), null, false)).isEqualTo("Untitled — OfferKit");
    }

    @Test
    void titleFollowsTheSession() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        ShellViewModel model = new ShellViewModel(session, new StatusMessages(), new WorkerPool());
        assertThat(model.titleBinding().get()).isEqualTo("Contoso Route Planner — OfferKit");
        session.update(p -> p.withAppName("Fleet"));
        assertThat(model.titleBinding().get()).isEqualTo("Fleet* — OfferKit");
    }

    @Test
    void profileLineShowsTheRulesDate() {
        var profile = ProfileRegistry.builtIn().defaultProfile();
        assertThat(ShellViewModel.profileText(profile)).endsWith("rules as of 2019-04-24");
    }

    @Test
    void aBrokenProjectIsReportedAndNothingIsLost() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        StatusMessages status = new StatusMessages();
        ShellViewModel model = new ShellViewModel(session, status, new WorkerPool());
        session.update(p -> p.withSummary("keep me"));

        var error = model.open(Files.writeString(dir.resolve("bad.offerkit"), "[]"));

        assertThat(error).isPresent();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).contains("bad.offerkit");
        assertThat(session.project().summary()).isEqualTo("keep me");
    }

    @Test
    void fieldLocationsPointAtTheirSections() {
        assertThat(FieldLocation.parse("text:summary")).get()
                .isEqualTo(new FieldLocation(FieldKind.TEXT, "summary", Optional.of(Section.DESCRIPTION)));
        assertThat(FieldLocation.parse("logo:").get().section()).contains(Section.LOGOS);
        assertThat(FieldLocation.parse("link:help").get().section()).contains(Section.DOCUMENTS);
        assertThat(FieldLocation.parse("attestation:aad-sso").get().section()).isEmpty();
        assertThat(FieldLocation.parse("text:description@57")).get()
                .isEqualTo(new FieldLocation(FieldKind.TEXT, "description", Optional.of(Section.DESCRIPTION), 57));
        assertThat(FieldLocation.parse("bogus")).isEmpty();
        assertThat(FieldLocation.parse("weird:x")).isEmpty();
    }

    @Test
    void dropsOfProjectFilesOpenOthersAreTriedAsLogos() {
        assertThat(DroppedFile.of(List.of(Path.of("a/My.OFFERKIT"))).orElseThrow().project()).isTrue();
        assertThat(DroppedFile.of(List.of(Path.of("logo.png"))).orElseThrow().project()).isFalse();
        assertThat(DroppedFile.of(List.of())).isEmpty();
    }

    @Test
    void switchingAndLoadingProfiles() throws Exception {
        ShellViewModel shell = new ShellViewModel(TestSessions.demo(dir), new StatusMessages(), new WorkerPool());
        shell.useProfile("partner-center-d365");
        assertThat(shell.session().profile().id()).isEqualTo("partner-center-d365");
        assertThat(shell.session().project().profileId()).isEqualTo("partner-center-d365");
        shell.session().undo();
        assertThat(shell.session().profile().id()).isEqualTo("appsource-d365-ce-2019");

        Path mine = Files.writeString(dir.resolve("mine.json"),
                "{\"id\": \"my-store\", \"title\": \"My store\", \"verifiedOn\": \"2026-11-01\","
                        + " \"imageSlots\": [{\"id\": \"icon\", \"width\": 64, \"height\": 64}]}");
        assertThat(shell.loadProfile(mine)).isEmpty();
        assertThat(shell.session().profile().imageSlots()).singleElement().extracting(s -> s.width()).isEqualTo(64);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        assertThat(shell.loadProfile(broken)).hasValueSatisfying(m -> assertThat(m).contains("broken.json"));
        assertThat(shell.session().profile().id()).isEqualTo("my-store");
    }

    @Test
    void beforeItsSessionTheModelShowsTheAppNameAndOffersNothingToUndo() throws Exception {
        ShellViewModel model = new ShellViewModel(new StatusMessages(), new WorkerPool());
        assertThat(model.session()).isNull();
        assertThat(model.titleBinding().get()).isEqualTo("OfferKit");
        assertThat(model.profileTextBinding().get()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();

        ProjectSession session = TestSessions.demo(dir);
        model.attach(session);
        assertThat(model.sessionProperty().get()).isSameAs(session);
        assertThat(model.titleBinding().get()).isEqualTo("Contoso Route Planner — OfferKit");
        assertThat(model.profileTextBinding().get()).endsWith("rules as of 2019-04-24");
        session.update(p -> p.withAppName("Fleet"));
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.titleBinding().get()).isEqualTo("Fleet* — OfferKit");
    }
}
