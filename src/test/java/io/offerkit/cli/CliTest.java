package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.common.Json;
import io.offerkit.demo.DemoLogo;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.project.Attestation;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.ProjectFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    /** One in-process run of the command line (ScreenshotsCommandTest runs its command the same way). */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OfferKitCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path logo() throws Exception {
        return Files.write(dir.resolve("logo.png"), PngEncoder.encode(DemoLogo.draw()));
    }

    @Test
    void generateWritesEverySlotAtItsExactSize() throws Exception {
        Run run = run("generate", "--profile", "appsource-d365-ce-2019", "--out", dir.resolve("out").toString(), logo().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(size(dir.resolve("out/small-40x40.png"))).isEqualTo("40x40");
        assertThat(size(dir.resolve("out/medium-90x90.png"))).isEqualTo("90x90");
        assertThat(size(dir.resolve("out/large-115x115.png"))).isEqualTo("115x115");
        assertThat(size(dir.resolve("out/wide-255x115.png"))).isEqualTo("255x115");
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void generateSharpenMakesCrisperSlotsOfTheSameSize() throws Exception {
        Path logo = logo();
        assertThat(run("generate", "--out", dir.resolve("plain").toString(), logo.toString()).exit()).isZero();
        Run run = run("generate", "--sharpen", "--out", dir.resolve("sharp").toString(), logo.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        for (String slot : new String[] {"small-40x40", "medium-90x90", "large-115x115", "wide-255x115"}) {
            Path plain = dir.resolve("plain/" + slot + ".png");
            Path sharp = dir.resolve("sharp/" + slot + ".png");
            assertThat(size(sharp)).isEqualTo(size(plain));
            assertThat(Files.readAllBytes(sharp)).as(slot).isNotEqualTo(Files.readAllBytes(plain));
        }
    }

    @Test
    void generateWithSeveralSourcesWritesAFolderEachAndSkipsTheBadOne() throws Exception {
        Path good = logo();
        Path bad = Files.writeString(dir.resolve("notes.png"), "not an image");
        Run run = run("generate", "--out", dir.resolve("out").toString(), good.toString(), bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(dir.resolve("out/logo/wide-255x115.png")).isRegularFile();
        assertThat(dir.resolve("out/notes")).doesNotExist();
        assertThat(run.err().lines()).singleElement().asString().contains("notes.png");
    }

    /** Issue 13, item 2: two sources named logo.png went into one folder, the second over the first. */
    @Test
    void sameNamedSourcesGetAFolderEach() throws Exception {
        Path a = Files.write(Files.createDirectories(dir.resolve("brandA")).resolve("logo.png"), PngEncoder.encode(DemoLogo.draw()));
        BufferedImage red = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        Path b = Files.write(Files.createDirectories(dir.resolve("brandB")).resolve("logo.png"), PngEncoder.encode(red));
        Path out = dir.resolve("out");

        Run run = run("generate", "--out", out.toString(), a.toString(), b.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(8).contains(out.resolve("logo/small-40x40.png").toString(),
                out.resolve("logo-2/small-40x40.png").toString());
        assertThat(ImageIO.read(out.resolve("logo/small-40x40.png").toFile()).getRGB(20, 20))
                .isNotEqualTo(ImageIO.read(out.resolve("logo-2/small-40x40.png").toFile()).getRGB(20, 20));
        assertThat(ImageIO.read(out.resolve("logo-2/small-40x40.png").toFile()).getRGB(20, 20)).isEqualTo(0xFFFF0000);
        assertThat(run.err().lines()).singleElement().asString()
                .contains(b.toString()).contains(out.resolve("logo-2").toString()).contains("also named logo");
    }

    /** generate never overwrites a file it finds in --out (it cannot tell the user's from its own) unless --replace. */
    @Test
    void generateRefusesToOverwriteAFileItFindsUnlessReplace() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path mine = Files.writeString(out.resolve("small-40x40.png"), "my own small logo");

        assertBadInput(run("generate", "--out", out.toString(), logo().toString()), out.resolve("small-40x40.png") + " already exists");
        assertThat(Files.readString(mine)).isEqualTo("my own small logo");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("small-40x40.png");
        }
        String[] twice = {"generate", "--out", dir.resolve("two").toString(), logo().toString(), logo().toString()};
        assertThat(run(twice).exit()).isZero();
        assertBadInput(run(twice), dir.resolve("two/logo/small-40x40.png") + " already exists (and 7 more); nothing was"
                + " written. Pass --replace to overwrite");

        Run replaced = run("generate", "--replace", "--out", out.toString(), logo().toString());
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(size(mine)).isEqualTo("40x40");
    }

    @Test
    void badInputGivesOneClearLineExitTwoAndNoFiles() throws Exception {
        Path notImage = Files.writeString(dir.resolve("logo.png"), "hello");
        assertBadInput(run("generate", "--out", dir.resolve("out").toString(), notImage.toString()), "logo.png is not an image");
        assertBadInput(run("generate", "--out", dir.resolve("out").toString(), dir.resolve("missing.png").toString()), "does not exist");
        assertBadInput(run("generate", "--profile", "nope", "--out", dir.resolve("out").toString(), logo().toString()), "Unknown profile 'nope'");
        assertBadInput(run("generate", "--fit", "squash", "--out", dir.resolve("out").toString(), logo().toString()), "--fit must be");
        assertBadInput(run("generate", "--background", "red", "--out", dir.resolve("out").toString(), logo().toString()), "--background must be");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void truncatedPngIsRefused() throws Exception {
        byte[] full = Files.readAllBytes(logo());
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(full, full.length / 2));
        assertBadInput(run("generate", "--out", dir.resolve("out").toString(), cut.toString()), "cut.png");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenSvgGivesOneLineAndNothingElseOnStderr() throws Exception {
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stray, true)); // what a library might print behind our back
        try {
            Path bad = Files.write(dir.resolve("bad.svg"), new byte[] {'<', 's', 'v', 'g', ' ', (byte) 0xFF, '>'});
            assertBadInput(run("generate", "--out", dir.resolve("out").toString(), bad.toString()), "bad.svg is not a valid SVG");
            Path cut = Files.writeString(dir.resolve("cut.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
            assertBadInput(run("generate", "--out", dir.resolve("out").toString(), cut.toString()), "line 2");
        } finally {
            System.setErr(original);
        }
        assertThat(stray.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("generate").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("generate", "--out").exit()).isEqualTo(2);
    }

    @Test
    void eachSubcommandIsRegisteredUnderItsOwnName() {
        OfferKitCommand.SUBCOMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
        Run help = run("--help");
        assertThat(help.out()).contains("generate", "inspect", "check", "render", "export", "verify", "demo", "profiles");
        assertThat(run("help", "generate").out()).contains("--padding");
        assertThat(run("generate", "--out").err()).contains("Missing required parameter for option '--out'");
    }

    /** generate's plain arguments are read without picocli (a cold start); they must mean what picocli makes of them. */
    @Test
    void plainGenerateArgumentsReadAsPicocliReadsThem() throws Exception {
        String[][] plain = {
            {"generate", "--out", "o", "a.png"},
            {"generate", "--out=o", "a.png", "b c.png"},
            {"generate", "a.png", "--out", "o", "--trim", "b.svg"},
            {"generate", "--profile", "partner-center-d365", "--fit", "cover", "--padding", "5", "--background",
                "#FFFFFF", "--out", "o", "a.png"},
            {"generate", "--profile=nope", "--fit=squash", "--padding=1e1", "--background=red", "--out", "o/p", "a"},
            {"generate", "--padding", " 7.5 ", "--out", "o", "a=b.png"},
            {"generate", "--replace", "--out", "o", "a.png", "--trim"},
        };
        for (String[] args : plain) {
            GenerateCommand byHand = GenerateCommand.plain(args);
            assertThat(byHand).as(String.join(" ", args)).isNotNull();
            GenerateCommand byPicocli = new GenerateCommand();
            new picocli.CommandLine(byPicocli).parseArgs(Arrays.copyOfRange(args, 1, args.length));
            for (Field field : GenerateCommand.class.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getName().equals("spec")) {
                    field.setAccessible(true);
                    assertThat(field.get(byHand)).as(field.getName() + " of " + String.join(" ", args))
                            .isEqualTo(field.get(byPicocli));
                }
            }
        }
        String[][] forPicocli = {
            {"generate"}, {"generate", "--out"}, {"generate", "--out", "o"}, {"generate", "--help", "a.png"},
            {"generate", "-h"}, {"generate", "--version"}, {"generate", "-V", "--out", "o", "a.png"},
            {"generate", "--out", "o", "--out", "p", "a.png"}, {"generate", "--trim", "--trim", "--out", "o", "a.png"},
            {"generate", "--trim=false", "--out", "o", "a.png"}, {"generate", "--replace", "--replace", "--out", "o", "a.png"}, {"generate", "--out", "o", "--", "a.png"},
            {"generate", "--out", "o", "@args.txt"}, {"generate", "--padding", "abc", "--out", "o", "a.png"},
            {"generate", "--padding", "-5", "--out", "o", "a.png"}, {"generate", "--outt", "o", "a.png"},
            {"generate", "--out", "-o", "a.png"}, {"generate", "--out=", "a.png"}, {"generate", "--out", "o", ""},
            {"generate", "--out", "o", "-"}, {"inspect", "--out", "o", "a.png"}, {"help", "generate"}, {},
        };
        for (String[] args : forPicocli) {
            assertThat(GenerateCommand.plain(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("generate", "demo", "Exit codes");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("OfferKit ");
        assertThat(run("generate", "--help").out()).contains("--padding", "--background", "--trim", "--fit", "--sharpen");
    }

    @Test
    void demoWritesAProjectWithItsFiles() throws Exception {
        Run run = run("demo", "--out", dir.resolve("demo").toString());
        assertThat(run.exit()).isZero();
        Path project = Path.of(run.out().strip());
        assertThat(project).isRegularFile().hasFileName("contoso-route-planner.offerkit");
        assertThat(dir.resolve("demo/logo.png")).isRegularFile();
        assertThat(dir.resolve("demo/legal/getting-started.pdf")).isRegularFile();
    }

    @Test
    void demoNeverOverwritesAFileOfTheSameName() throws Exception {
        Path mine = Files.writeString(Files.createDirectories(dir.resolve("work")).resolve("logo.png"), "my logo");
        assertBadInput(run("demo", "--out", dir.resolve("work").toString()), mine + " already exists");
        assertThat(Files.readString(mine)).isEqualTo("my logo");
        try (Stream<Path> files = Files.list(dir.resolve("work"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("logo.png");
        }
    }

    @Test
    void checkReportsTheDemoAsAwaitingConfirmationInJson() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Run run = run("check", "--format", "json", project.toString());
        assertThat(run.exit()).isEqualTo(1);
        var json = Json.mapper().readTree(run.out());
        assertThat(json.get("ready").asBoolean()).isFalse();
        assertThat(json.get("items")).hasSize(35);
        assertThat(json.get("items").get(0).fieldNames()).as("app-name, a per-language item").toIterable()
                .containsExactly("id", "group", "title", "state", "message", "language");
        assertThat(json.get("items").get(0).get("language").asText()).isEqualTo("en");
        for (var item : json.get("items")) {
            if (item.get("id").asText().startsWith("logo-")) {
                assertThat(item.has("language")).as("the logos are shared by every language").isFalse();
            }
        }
        assertThat(json.get("items").findValuesAsText("state")).containsOnly("pass", "warn", "confirm");
        assertThat(json.get("items").findValuesAsText("id")).contains("logo-wide-255x115", "ordering-billing");
    }

    @Test
    void checkIsReadyOnceEverythingIsConfirmedAndFailsOnABrokenField() throws Exception {
        Path projectFile = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        var project = ProjectFiles.read(projectFile);
        for (String id : List.of("ordering-billing", "support-model", "licensing")) {
            project = project.withAttestation(id, Attestation.confirmedToday("yes"));
        }
        ProjectFiles.write(project, projectFile);
        Run ready = run("check", projectFile.toString());
        assertThat(ready.exit()).as(ready.out()).isZero();
        assertThat(ready.out()).contains("Ready: ");

        ProjectFiles.write(project.withSummary(""), projectFile);
        Run failing = run("check", projectFile.toString());
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.out()).containsPattern("FAIL +summary +Summary is empty");
    }

    /** The demo with every confirmation ticked and {@code markdown} as its description. */
    private Path confirmedDemo(String markdown) throws Exception {
        Path projectFile = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        var project = ProjectFiles.read(projectFile);
        for (String id : List.of("ordering-billing", "support-model", "licensing")) {
            project = project.withAttestation(id, Attestation.confirmedToday("yes"));
        }
        project = project.withDescription(new Description(DescriptionFormat.MARKDOWN, markdown));
        ProjectFiles.write(project, projectFile);
        return projectFile;
    }

    @Test
    void placeholderTextMakesCheckFailAndTheBundleNotReady() throws Exception {
        Path project = confirmedDemo("## Routes\n\nPlans **routes** fast. TODO: pricing. Lorem ipsum dolor. 100% guaranteed.");
        Run check = run("check", project.toString());
        assertThat(check.exit()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).containsPattern("FAIL +description +.*\"TODO\".*\"Lorem ipsum\"").contains("Not ready: ");

        Run export = run("export", "--out", dir.resolve("out").toString(), project.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        var offer = Json.mapper().readTree(dir.resolve("out/offer.json").toFile());
        assertThat(offer.get("ready").asBoolean()).isFalse();
    }

    @Test
    void aWarningAloneKeepsCheckAndTheBundleReady() throws Exception {
        Path project = confirmedDemo("## Routes\n\nPlans **routes** fast, 100% of them.");
        Run check = run("check", project.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).containsPattern("WARN +description +.*\"100%\"");
        assertThat(run("export", "--out", dir.resolve("out").toString(), project.toString()).exit()).isZero();
        var offer = Json.mapper().readTree(dir.resolve("out/offer.json").toFile());
        assertThat(offer.get("ready").asBoolean()).isTrue();
    }

    @Test
    void checkHonoursTheLintLevelsTheUserChose() throws Exception {
        Path project = confirmedDemo("Plans routes fast. TODO: pricing.");
        Path settings = Files.writeString(dir.resolve("lint-settings.json"), "{\"levels\": {\"placeholder-text\": \"WARNING\"}}");
        Run check = run("check", "--lint-settings", settings.toString(), project.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).containsPattern("WARN +description +.*\"TODO\"");
        assertThat(run("check", project.toString()).exit()).as("the defaults: placeholders are errors").isEqualTo(1);
        assertBadInput(run("check", "--lint-settings", dir.resolve("none.json").toString(), project.toString()), "no such file");
    }

    @Test
    void checkAndExportRefuseABrokenProjectWithExitTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("x.offerkit"), "{\"format\": \"offerkit-project\", ");
        assertBadInput(run("check", broken.toString()), "x.offerkit is damaged");
        assertBadInput(run("export", "--out", dir.resolve("out").toString(), broken.toString()), "x.offerkit is damaged");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void exportWritesTheFolder() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Run run = run("export", "--out", dir.resolve("out").toString(), project.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(size(dir.resolve("out/logos/wide-255x115.png"))).isEqualTo("255x115");
        assertThat(dir.resolve("out/description/description.html")).isRegularFile();
        assertThat(dir.resolve("out/contoso-route-planner.offerkit")).isRegularFile();
        assertThat(run.err()).contains("DRAFT");
    }

    /** Issue 13, item 1: export --out onto a folder of one's own files deleted them. */
    @Test
    void exportRefusesAFolderOfOtherFilesAndTouchesNothing() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Path d = Files.createDirectories(dir.resolve("D/sub"));
        Files.writeString(dir.resolve("D/notes.txt"), "hi");
        Files.writeString(d.resolve("keep.txt"), "k");

        assertBadInput(run("export", "--out", dir.resolve("D").toString(), project.toString()), "notes.txt");
        assertBadInput(run("export", "--replace", "--out", dir.resolve("D").toString(), project.toString()),
                "is not an earlier OfferKit export");
        assertThat(Files.readString(dir.resolve("D/notes.txt"))).isEqualTo("hi");
        assertThat(Files.readString(d.resolve("keep.txt"))).isEqualTo("k");
        try (Stream<Path> files = Files.list(dir.resolve("D"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "sub");
        }
        Path mine = Files.writeString(dir.resolve("mine.zip"), "my archive");
        assertBadInput(run("export", "--replace", "--out", mine.toString(), project.toString()), "mine.zip is not an OfferKit export");
        assertThat(Files.readString(mine)).isEqualTo("my archive");
    }

    @Test
    void exportReplacesAnEarlierExportOnlyWithReplace() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        for (String out : new String[] {"out", "out.zip"}) {
            Path target = dir.resolve(out);
            assertThat(run("export", "--out", target.toString(), project.toString()).exit()).isZero();
            byte[] offer = Files.readAllBytes(out.endsWith(".zip") ? target : target.resolve("offer.json"));
            assertBadInput(run("export", "--out", target.toString(), project.toString()), "Nothing was written. Pass --replace to replace it.");
            assertThat(Files.readAllBytes(out.endsWith(".zip") ? target : target.resolve("offer.json"))).isEqualTo(offer);
            Run replaced = run("export", "--replace", "--out", target.toString(), project.toString());
            assertThat(replaced.exit()).as(replaced.err()).isZero();
            assertThat(replaced.out().strip()).isEqualTo(target.toString());
        }
    }

    @Test
    void exportToZipThenVerify() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Path zip = dir.resolve("offer.zip");
        assertThat(run("export", "--out", zip.toString(), project.toString()).exit()).isZero();
        Run ok = run("verify", zip.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("Valid (a draft): all checksums match, 0 rule(s) failing, 3 awaiting confirmation.");

        Path folder = dir.resolve("folder");
        run("export", "--out", folder.toString(), project.toString());
        Files.write(folder.resolve("logos/small-40x40.png"), Files.readAllBytes(folder.resolve("logos/medium-90x90.png")));
        Run changed = run("verify", folder.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("CHANGED logos/small-40x40.png").contains("FAIL    logo-small-40x40");

        assertBadInput(run("verify", dir.resolve("missing.zip").toString()), "does not exist");
        Path slip = dir.resolve("slip.zip");
        try (var out = Files.newOutputStream(slip); var z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write(1);
        }
        assertBadInput(run("verify", slip.toString()), "unsafe");
    }

    @Test
    void renderPrintsSanitizedHtmlAndReportsOnStderr() throws Exception {
        Path md = Files.writeString(dir.resolve("d.md"), "**Fast** [site](https://x.example)");
        Run run = run("render", "--profile", "partner-center-d365", md.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("<p><b>Fast</b> site</p>");
        assertThat(run.err()).contains("<a> removed").contains("of 5000 characters (markup)");
        Path html = Files.writeString(dir.resolve("d.html"), "<p><strong>Fast</strong></p><table><tr><td>Plan</td><td>Price</td></tr></table>");
        Run rewritten = run("render", html.toString());
        assertThat(rewritten.out().strip()).isEqualTo("<p><em>Fast</em></p><p>Plan | Price</p>");
        assertThat(rewritten.err()).contains("Bold (<strong>) written as <em> (italics): the profile allows no bold tag")
                .contains("<table> written as one paragraph per row");
        assertBadInput(run("render", dir.resolve("none.md").toString()), "no such file");
        Path binary = Files.write(dir.resolve("b.html"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00});
        assertBadInput(run("render", binary.toString()), "not UTF-8");
    }

    @Test
    void inspectRecognizesAScreenshotAndAThumbnailAndSaysWhyACaptureIsNotOne() throws Exception {
        Path shot = Files.write(dir.resolve("shot.png"), PngEncoder.encode(new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB)));
        Run ok = run("inspect", shot.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("  OK   screenshot\n", "  OK   video-thumbnail (play icon: OfferKit cannot see",
                "Listing media: 1 screenshot, 1 video-thumbnail (screenshots 1280x720, video thumbnails 1280x720)");
        Path capture = Files.write(dir.resolve("capture.png"), PngEncoder.encode(new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB)));
        Run wrong = run("inspect", capture.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).contains("  no   screenshot: wrong size: 1920x1080, needs 1280x720 (large enough: offerkit screenshots");
        var json = Json.mapper().readTree(run("inspect", "--format", "json", capture.toString(), shot.toString()).out());
        assertThat(json.at("/files/0/media/0/kind").asText()).isEqualTo("screenshot");
        assertThat(json.at("/files/0/media/0/satisfied").asBoolean()).isFalse();
        assertThat(json.at("/files/1/media/1/notes/0").asText()).startsWith("play icon");
        assertThat(json.at("/media/screenshot").asInt()).isEqualTo(1);
    }

    @Test
    void checkNamesTheScreenshotOrVideoAnItemIsAbout() throws Exception {
        Path projectFile = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Files.delete(dir.resolve("demo/captures/work-orders.png"));
        var project = ProjectFiles.read(projectFile);
        project = project.withMedia(project.media().withVideos(List.of(project.media().videos().get(0).withThumbnail(null))));
        ProjectFiles.write(project, projectFile);
        Run text = run("check", projectFile.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).containsPattern("FAIL +screenshots-size +Screenshot 2: work-orders.png could not be read")
                .containsPattern("FAIL +videos-thumbnail +Video 1 \\(Product tour\\) has no thumbnail");
        var json = Json.mapper().readTree(run("check", "--format", "json", projectFile.toString()).out());
        var size = findItem(json, "screenshots-size");
        assertThat(size.get("screenshot").asInt()).isEqualTo(2);
        assertThat(size.get("message").asText()).startsWith("Screenshot 2: work-orders.png");
        assertThat(findItem(json, "videos-thumbnail").get("video").asInt()).isEqualTo(1);
        assertThat(findItem(json, "screenshots-count").has("screenshot")).as("a group's item names none").isFalse();
    }

    private static com.fasterxml.jackson.databind.JsonNode findItem(com.fasterxml.jackson.databind.JsonNode json, String id) {
        for (var item : json.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void inspectReportsWhichSlotsGeneratedLogosSatisfy() throws Exception {
        run("generate", "--out", dir.resolve("out").toString(), logo().toString());
        Files.writeString(dir.resolve("out/readme.txt"), "not an image, and not named like one");
        Run run = run("inspect", "--format", "json", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        var json = Json.mapper().readTree(run.out());
        assertThat(json.get("files")).hasSize(4);
        assertThat(json.get("missing")).isEmpty();
        assertThat(json.get("covered").toString()).contains("small-40x40", "wide-255x115");

        Path wrong = Files.write(dir.resolve("big.png"), PngEncoder.encode(new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB)));
        Run text = run("inspect", wrong.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("no slot is 100x100; the profile needs 40x40, 90x90, 115x115, 255x115");
        assertThat(run("inspect", dir.resolve("nothing.png").toString()).exit()).isEqualTo(2);
    }

    @Test
    void profilesListsBothBuiltIns() {
        Run run = run("profiles");
        assertThat(run.out()).contains("appsource-d365-ce-2019 (default)", "partner-center-d365", "rules as of 2019-04-24");
    }

    private void assertBadInput(Run run, String expected) throws Exception {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains(expected);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static String size(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getWidth() + "x" + image.getHeight();
    }
}
