package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Attestation;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final Profile CPP = PROFILES.defaultProfile();

    @TempDir
    Path dir;
    Project demo;

    @BeforeEach
    void writeDemo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
    }

    private Path export(Project project, String target) throws BundleException {
        LogoSet logos = LogoSetRenderer.render(CPP, project.logo());
        return Exporter.export(CPP, project, logos, "test", dir.resolve(target), ExportProgress.NONE);
    }

    private Project confirmed(Project project) {
        Project p = project;
        for (String id : new String[] {"ordering-billing", "support-model", "licensing"}) {
            p = p.withAttestation(id, new Attestation(true, "", LocalDate.of(2026, 1, 1)));
        }
        return p;
    }

    @Test
    void theSameProjectExportsByteIdenticalZips() throws Exception {
        Path first = export(demo, "a.zip");
        TimeZone zone = TimeZone.getDefault();
        Path second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = export(demo, "b.zip");
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(Digests.sha256(Files.readAllBytes(second))).isEqualTo(Digests.sha256(Files.readAllBytes(first)));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            var names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).isSorted();
            assertThat(names).contains("offer.json", "report.html", "logos/small-40x40.png", "description/description.html",
                    "description/description.md", "legal/terms-of-use.md", "legal/privacy-policy.md", "documents/getting-started.pdf",
                    "sources/logo.png", "contoso-route-planner.offerkit");
            assertThat(zip.stream().map(ZipEntry::getTimeLocal).distinct()).containsExactly(BundleWriter.FIXED_TIME);
            assertThat(zip.stream().map(ZipEntry::getExtra)).containsOnlyNulls();
        }
    }

    @Test
    void exportOpenExportAgainGivesTheSameBytes() throws Exception {
        Path zip = export(demo, "first.zip");
        Path opened = dir.resolve("opened");
        BundleReader.extract(BundleReader.read(zip), opened);
        Project reopened = ProjectFiles.read(opened.resolve("contoso-route-planner.offerkit"));
        Path again = export(reopened, "again.zip");
        Bundle before = BundleReader.read(zip);
        Bundle after = BundleReader.read(again);
        assertThat(after.files().keySet()).isEqualTo(before.files().keySet());
        before.files().forEach((path, bytes) -> assertThat(Digests.sha256(after.file(path))).as(path).isEqualTo(Digests.sha256(bytes)));
        assertThat(Digests.sha256(Files.readAllBytes(again))).isEqualTo(Digests.sha256(Files.readAllBytes(zip)));
    }

    @Test
    void folderAndZipHoldTheSameFiles() throws Exception {
        Bundle fromZip = BundleReader.read(export(demo, "x.zip"));
        Bundle fromFolder = BundleReader.read(export(demo, "x-folder"));
        assertThat(fromFolder.files().keySet()).isEqualTo(fromZip.files().keySet());
        fromZip.files().forEach((path, bytes) -> assertThat(fromFolder.file(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void offerJsonHoldsTheListingDetailsItsOfferTypeAsksFor() throws Exception {
        Profile d365 = PROFILES.find("partner-center-d365").orElseThrow();
        Project project = ProjectFiles.read(DemoProject.write(dir.resolve("d365"), d365))
                .withDetails(ProjectFiles.read(DemoProject.write(dir.resolve("d365"), d365)).details()
                        .withText("developerName", "Contoso")); // Teams' field: kept in the project, not this offer's
        Path zip = Exporter.export(d365, project, LogoSetRenderer.render(d365, project.logo()), "test",
                dir.resolve("d365.zip"), ExportProgress.NONE);
        var details = Json.mapper().readTree(BundleReader.read(zip).file("offer.json")).at("/fields/details");
        assertThat(details.at("/contacts/support/name").asText()).isEqualTo("Dana Smith");
        assertThat(details.at("/contacts/engineering/email").asText()).isEqualTo("engineering@contoso.example");
        assertThat(details.at("/choices/categories/0/name").asText()).isEqualTo("Operations & Supply Chain");
        assertThat(details.at("/texts/appVersion").asText()).isEqualTo("2.4");
        assertThat(details.at("/texts").has("developerName")).isFalse();

        var seed = Json.mapper().readTree(BundleReader.read(export(demo, "seed.zip")).file("offer.json"));
        assertThat(seed.at("/fields").has("details")).as("a project without details: offer.json as before").isFalse();
    }

    @Test
    void offerJsonDescribesEveryFileAndTheDraftState() throws Exception {
        Bundle bundle = BundleReader.read(export(demo, "draft.zip"));
        var offer = Json.mapper().readTree(bundle.file("offer.json"));
        assertThat(offer.get("format").asText()).isEqualTo("offerkit-bundle");
        assertThat(offer.get("draft").asBoolean()).isTrue();
        assertThat(offer.at("/profile/id").asText()).isEqualTo("appsource-d365-ce-2019");
        assertThat(offer.at("/profile/sourceDate").asText()).isEqualTo("2019-04-24");
        assertThat(offer.at("/tool/version").asText()).isEqualTo("test");
        assertThat(offer.at("/fields/appName").asText()).isEqualTo("Contoso Route Planner");
        assertThat(offer.get("files")).hasSize(bundle.files().size() - 1);
        for (var file : offer.get("files")) {
            byte[] bytes = bundle.file(file.get("path").asText());
            assertThat(Digests.sha256(bytes)).isEqualTo(file.get("sha256").asText());
            assertThat(file.get("bytes").asLong()).isEqualTo(bytes.length);
        }
        String report = new String(bundle.file("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("DRAFT", "To confirm", "logos/wide-255x115.png", "Contoso Route Planner");

        var ready = Json.mapper().readTree(BundleReader.read(export(confirmed(demo), "ready.zip")).file("offer.json"));
        assertThat(ready.get("draft").asBoolean()).isFalse();
        assertThat(ready.get("ready").asBoolean()).isTrue();
    }

    @Test
    void reportEscapesWhatTheUserTyped() throws Exception {
        Bundle bundle = BundleReader.read(export(demo.withAppName("<script>alert(1)</script> & Co"), "x.zip"));
        String report = new String(bundle.file("report.html"), StandardCharsets.UTF_8);
        assertThat(report).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }

    @Test
    void verifyAcceptsAnUntouchedBundleAndCatchesEveryChange() throws Exception {
        Path zip = export(confirmed(demo), "ok.zip");
        BundleVerifier.Verification ok = BundleVerifier.verify(BundleReader.read(zip), PROFILES);
        assertThat(ok.fileProblems()).isEmpty();
        assertThat(ok.valid()).isTrue();
        assertThat(ok.checks().ready()).isTrue();

        var files = new TreeMap<>(BundleReader.read(zip).files());
        files.put("logos/small-40x40.png", files.get("logos/medium-90x90.png"));
        files.put("extra.txt", "hi".getBytes(StandardCharsets.UTF_8));
        BundleVerifier.Verification tampered = BundleVerifier.verify(Bundle.of(files), PROFILES);
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.fileProblems()).containsExactlyInAnyOrder(
                "logos/small-40x40.png has changed: its SHA-256 does not match offer.json.",
                "extra.txt is not listed in offer.json (added after export?).");
        assertThat(tampered.checks().results()).anySatisfy(r -> {
            assertThat(r.item().id()).isEqualTo("logo-small-40x40");
            assertThat(r.message()).contains("90x90");
        });
    }

    @Test
    void notABundleIsRefused() throws Exception {
        Path zip = zip("plain.zip", "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> BundleVerifier.verify(BundleReader.read(zip), PROFILES))
                .isInstanceOf(BundleException.class).hasMessageContaining("no offer.json");
        Path garbage = Files.writeString(dir.resolve("g.zip"), "not a zip at all");
        assertThatThrownBy(() -> BundleReader.read(garbage)).isInstanceOf(BundleException.class)
                .hasMessageContaining("g.zip is not a readable ZIP file");
    }

    @Test
    void hostileZipsAreRefused() throws Exception {
        for (String evil : new String[] {"../evil.txt", "/etc/evil", "a/../../evil", "C:/evil", "a\\..\\evil"}) {
            Path zip = zip("slip.zip", evil, "x".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> BundleReader.read(zip)).as(evil).isInstanceOf(BundleException.class)
                    .hasMessageContaining("outside the bundle");
        }
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void zipBombsAreRefusedAfterReadingAtMostTheBudget() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= BundleReader.MAX_ENTRY_BYTES >> 20; i++) {
                zip.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThatThrownBy(() -> BundleReader.read(bomb)).isInstanceOf(BundleException.class).hasMessageContaining("ZIP bomb");

        Path many = dir.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= BundleReader.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
            }
        }
        assertThatThrownBy(() -> BundleReader.read(many)).hasMessageContaining("entries");
    }

    @Test
    void extractRefusesANonEmptyFolder() throws Exception {
        Bundle bundle = BundleReader.read(export(demo, "x.zip"));
        Path target = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(target.resolve("mine.txt"), "keep me");
        assertThatThrownBy(() -> BundleReader.extract(bundle, target)).hasMessageContaining("not empty");
        assertThat(Files.readString(target.resolve("mine.txt"))).isEqualTo("keep me");
    }

    @Test
    void aZipTargetThatIsAFolderAndAnUnwritablePlaceFailCleanly() throws Exception {
        Files.createDirectories(dir.resolve("taken.zip"));
        assertThatThrownBy(() -> export(demo, "taken.zip")).isInstanceOf(BundleException.class)
                .hasMessageContaining("is a folder").hasMessageContaining("Nothing was written");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
        assertThatThrownBy(() -> export(demo, "blocker/out.zip")).isInstanceOf(BundleException.class)
                .hasMessageContaining("Nothing was written");
        assertThat(Files.readString(blocker)).isEqualTo("a file");
    }

    @Test
    void exportedPngsPassPngcheck() throws Exception {
        Assumptions.assumeTrue(onPath("pngcheck"), "pngcheck is not installed (.ci/run installs it)");
        Path out = export(demo, "checked");
        for (var slot : CPP.imageSlots()) {
            Path png = out.resolve("logos/" + slot.id() + ".png");
            Process pngcheck = new ProcessBuilder("pngcheck", "-q", png.toString()).redirectErrorStream(true).start();
            String said = new String(pngcheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pngcheck.waitFor()).as(said).isZero();
        }
    }

    @Test
    void descriptionHtmlHoldsOnlyTheProfilesTags() throws Exception {
        Project hostile = demo.withDescription(new Description(DescriptionFormat.HTML,
                "<h2 style='color:red'>Hi</h2><p onclick='x()'>a <a href='https://x.example'>b</a><script>c()</script>"
                        + "<img src=x onerror=y><strong>d</strong></p><iframe src='https://e.example'></iframe>"));
        Bundle bundle = BundleReader.read(export(hostile, "h.zip"));
        var body = Jsoup.parseBodyFragment(new String(bundle.file("description/description.html"), StandardCharsets.UTF_8)).body();
        var allowed = CPP.textField("description").orElseThrow().allowedTags();
        assertThat(body.select("*").stream().skip(1).map(Element::tagName)).isNotEmpty().allMatch(allowed::contains);
        assertThat(body.select("*").stream().flatMap(e -> e.attributes().asList().stream())).isEmpty();
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    void anUnwritableTargetFailsWithAClearMessageAndLeavesNothing() throws Exception {
        // /proc refuses new files even to root, so this is a read-only target on any Linux machine.
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        LogoSet logos = LogoSetRenderer.render(CPP, demo.logo());
        for (String target : new String[] {"offerkit-test.zip", "offerkit-test-folder"}) {
            assertThatThrownBy(() -> Exporter.export(CPP, demo, logos, "test", proc.resolve(target), ExportProgress.NONE))
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("Could not export to /proc/" + target)
                    .hasMessageContaining("Nothing was written");
            assertThat(proc.resolve(target)).doesNotExist();
        }
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
        }
        return zip;
    }
}
