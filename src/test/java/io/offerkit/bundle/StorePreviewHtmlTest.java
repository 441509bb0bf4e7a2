package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle's preview.html: the store's tile and detail page, escaped, self-contained, flagged, reproducible. */
class StorePreviewHtmlTest {
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
        return new String(bundle.file(BundleLayout.PREVIEW_HTML), StandardCharsets.UTF_8);
    }

    private Path capture(String name, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = dir.resolve(name);
        Files.write(file, PngEncoder.encode(image));
        return file;
    }

    @Test
    void theNameAndSummaryAreEscapedAndTheSummaryIsCutWhereTheTileCutsIt() throws Exception {
        String summary = "Plan technician routes & visits from <Dynamics 365> work orders in minutes, with live"
                + " traffic, skills and time windows for every crew";
        String html = page(export(demo.withAppName("<script>alert(1)</script> & Co").withSummary(summary), "x.zip"));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select(".detail h1").text()).isEqualTo("<script>alert(1)</script> & Co");
        String shown = doc.select(".tile .summary").text();
        assertThat(summary.length()).isGreaterThan(100);
        assertThat(shown).endsWith("…").hasSizeLessThanOrEqualTo(100);
        String kept = shown.substring(0, shown.length() - 1);
        assertThat(summary).startsWith(kept);
        assertThat(Character.isLetterOrDigit(summary.charAt(kept.length()))).as("cut at the end of a word").isFalse();
        assertThat(html).contains("&lt;Dynamics 365&gt;");
    }

    @Test
    void aShortSummaryIsWholeAndALongWordIsCutAtTheLimit() {
        assertThat(StorePreviewHtml.cut("  Plan  routes\nfast ", 100)).isEqualTo("Plan routes fast");
        assertThat(StorePreviewHtml.cut("one two three four", 12)).isEqualTo("one two…");
        assertThat(StorePreviewHtml.cut("x".repeat(30), 10)).isEqualTo("x".repeat(9) + "…");
    }

    @Test
    void thePageRunsNoScriptAndLoadsNothing() throws Exception {
        String html = page(export(demo, "a.zip"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://", "https://")
                .doesNotContainIgnoringCase(" on" + "load=").doesNotContainIgnoringCase("onclick");
        for (Element element : doc.select("[src],[href]")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            assertThat(address).as(element.outerHtml()).matches("data:image/png;base64,.*|#[a-z]+");
        }
        assertThat(doc.select(".tile img").attr("src")).startsWith("data:image/png;base64,");
        Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        int images = 0;
        while (urls.find()) {
            assertThat(urls.group(1)).startsWith("\"data:image/png;base64,");
            images++;
        }
        assertThat(images).as("the demo's video thumbnail and screenshots, each once")
                .isEqualTo(demo.media().screenshots().size() + demo.media().videos().size());
        assertThat(doc.select(".notice").text()).contains("Approximation");
    }

    @Test
    void exactlyTheUpscaledScreenshotCarriesTheChecklistsWarning() throws Exception {
        List<Screenshot> shots = List.of(
                new Screenshot(capture("large.png", 1600, 900).toString(), "Plan a route", Framing.defaults(), List.of()),
                new Screenshot(capture("small.png", 800, 450).toString(), "Dispatch board", Framing.defaults(), List.of()),
                new Screenshot(capture("exact.png", 1280, 720).toString(), "Reports", Framing.defaults(), List.of()));
        Project project = demo.withMedia(new Media(shots, List.of()));
        Document doc = Jsoup.parse(page(export(project, "shots.zip")));
        Elements slides = doc.select("figure.slide.shot");
        assertThat(slides).hasSize(3);
        assertThat(slides.get(0).select(".warning, .badge")).isEmpty();
        assertThat(slides.get(1).select(".warning").text()).contains("Screenshot 2", "800x450", "upscaled");
        assertThat(slides.get(1).select(".badge")).hasSize(1);
        assertThat(slides.get(2).select(".warning, .badge")).isEmpty();
        assertThat(doc.select(".warning")).hasSize(1);
        assertThat(doc.select(".thumbs .marked")).hasSize(1);
        assertThat(doc.select(".thumbs > span").indexOf(doc.selectFirst(".thumbs .marked"))).isEqualTo(1);
        assertThat(doc.select(".flagged").text()).startsWith("⚠ Slide 2 needs a look");
    }

    @Test
    void everyUpscaledScreenshotIsFlaggedWhenTheChecklistCountsMore() throws Exception {
        List<Screenshot> shots = List.of(
                new Screenshot(capture("a.png", 640, 360).toString(), "One", Framing.defaults(), List.of()),
                new Screenshot(capture("b.png", 1280, 720).toString(), "Two", Framing.defaults(), List.of()),
                new Screenshot(capture("c.png", 960, 540).toString(), "Three", Framing.defaults(), List.of()));
        Elements slides = Jsoup.parse(page(export(demo.withMedia(new Media(shots, List.of())), "more.zip")))
                .select("figure.slide.shot");
        assertThat(slides.get(0).select(".warning").text()).contains("Screenshot 1", "upscaled");
        assertThat(slides.get(1).select(".warning")).isEmpty();
        assertThat(slides.get(2).select(".warning").text()).contains("Screenshot 3", "upscaled");
    }

    @Test
    void thePageIsListedVerifiedAndTheSameOnEveryExport() throws Exception {
        Bundle first = export(demo, "one.zip");
        Bundle second = export(demo, "two.zip");
        assertThat(first.file(BundleLayout.PREVIEW_HTML)).isEqualTo(second.file(BundleLayout.PREVIEW_HTML));
        assertThat(new String(first.file(BundleLayout.OFFER_JSON), StandardCharsets.UTF_8)).contains("\"preview.html\"");
        assertThat(BundleVerifier.verify(first, PROFILES).fileProblems()).isEmpty();
    }

    @Test
    void theAppsViewerForcesLightOrDarkOnTheRootOnly() throws Exception {
        String html = page(export(demo, "t.zip"));
        String dark = StorePreviewHtml.withAppearance(html, StorePreviewHtml.Appearance.DARK);
        assertThat(Jsoup.parse(dark).selectFirst("html").className()).isEqualTo("dark");
        assertThat(dark.replace("<html lang=\"en\" class=\"dark\">", "<html lang=\"en\" class=\"system\">")).isEqualTo(html);
        assertThat(StorePreviewHtml.withAppearance(html, StorePreviewHtml.Appearance.SYSTEM)).isEqualTo(html);
    }

    @Test
    void theInAppPageIsTheBundlesPage() throws Exception {
        String inApp = StorePreviewPage.of(profile, demo, io.offerkit.text.lint.LintSettings.defaults(), ExportProgress.NONE);
        Bundle bundle = export(demo, "same.zip");
        assertThat(inApp).isEqualTo(page(bundle));
    }
}
