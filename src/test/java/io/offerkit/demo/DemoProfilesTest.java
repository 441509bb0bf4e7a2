package io.offerkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo made for each offer type: that type's form filled in, so every profile can be tried at once. */
class DemoProfilesTest {
    @TempDir
    Path dir;

    static Stream<String> profiles() {
        return ProfileRegistry.builtIn().all().stream().map(Profile::id);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theDemoForAnOfferTypeFillsItsFormAndFailsNoItem(String id) throws Exception {
        Profile profile = ProfileRegistry.builtIn(id);
        Path file = DemoProject.write(dir.resolve(id), profile);
        Project demo = ProjectFiles.read(file);
        assertThat(demo.profileId()).isEqualTo(id);
        CheckReport report = CheckEngine.evaluate(profile, demo, LogoSetRenderer.render(profile, demo.logo()));
        assertThat(report.results()).filteredOn(r -> r.state() == CheckState.FAIL)
                .as("failures of the %s demo", id).isEmpty();
        profile.contacts().stream().filter(c -> c.required())
                .forEach(c -> assertThat(demo.details().contacts()).containsKey(c.id()));
        try (Stream<Path> files = Files.walk(dir.resolve(id))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.resolve(id).relativize(p).toString().replace('\\', '/')))
                    .allMatch(DemoProject.FILES::contains);
        }
    }
}
