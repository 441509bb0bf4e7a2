package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckEngine;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle's partner-center.html: the fill sheet as one page, listed in offer.json, escaped, reproducible. */
class PartnerCenterHtmlTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();

    @TempDir
    Path dir;

    private Project demo;
    private Profile profile;

    @BeforeEach
    void demo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        profile = PROFILES.get(demo.profileId());
    }

    private Bundle export(Project project, String target) throws Exception {
        Path out = Exporter.export(profile, project, LogoSetRenderer.render(profile, project.logo()), "test",
                dir.resolve(target), ExportProgress.NONE);
        return BundleReader.read(out);
    }

    private static String page(Bundle bundle) {
        return new String(bundle.file(BundleLayout.PARTNER_CENTER_HTML), StandardCharsets.UTF_8);
    }

    @Test
    void theDemosPageHasEveryFieldInTheFormsOrderWithValuesAndFiles() throws Exception {
        Bundle bundle = export(demo, "a.zip");
        String html = page(bundle);
        FillSheet sheet = FillSheet.build(profile, demo, CheckEngine.evaluate(profile, demo,
                LogoSetRenderer.render(profile, demo.logo())));
        int at = 0;
        for (FillSheet.Row row : sheet.rows()) {
            int found = html.indexOf("<span class=\"label\">" + org.jsoup.nodes.Entities.escape(row.field()) + "</span>", at);
            assertThat(found).as(row.page() + " / " + row.field() + " after " + at).isGreaterThan(at);
            at = found;
        }
        assertThat(html).contains(".value{user-select:all", "<div class=\"value\">Contoso Route Planner</div>",
                "logos/small-40x40.png", "screenshots/01-").doesNotContain("<script");
        Arrays.stream(bundle.files().keySet().stream().filter(f -> f.startsWith("screenshots/")).toArray(String[]::new))
                .forEach(file -> assertThat(html).contains(file));
        String firstShot = bundle.files().keySet().stream().filter(f -> f.startsWith("screenshots/01-")).findFirst().orElseThrow();
        int shot = html.indexOf("<img src=\"" + firstShot);
        int caption = html.indexOf(">" + demo.media().screenshots().get(0).caption() + "<", shot);
        int nextPair = html.indexOf("class=\"pair\"", shot);
        assertThat(caption).as("the first screenshot's caption stands with it").isGreaterThan(shot).isLessThan(nextPair);
    }

    @Test
    void theUsersTextIsEscaped() throws Exception {
        String html = page(export(demo.withAppName("<script>alert(1)</script> & Co").withSummary("a </div><b>x"), "x.zip"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co",
                "a &lt;/div&gt;&lt;b&gt;x");
    }

    @Test
    void thePageIsListedVerifiedAndTheSameOnEveryExport() throws Exception {
        Bundle first = export(demo, "one.zip");
        Bundle second = export(demo, "two.zip");
        assertThat(first.file(BundleLayout.PARTNER_CENTER_HTML)).isEqualTo(second.file(BundleLayout.PARTNER_CENTER_HTML));
        assertThat(new String(first.file(BundleLayout.OFFER_JSON), StandardCharsets.UTF_8)).contains("\"partner-center.html\"");
        assertThat(BundleVerifier.verify(first, PROFILES).fileProblems()).isEmpty();
    }
}
