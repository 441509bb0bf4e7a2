package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.offerkit.ui.app.LaunchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/offerkit, the launcher {@code mvn package} writes (tools/make-cli-launcher.sh + tools/cli-launcher-body.sh),
 * run with a stand-in java that prints the arguments it was given: commands get the archive and the short-run JIT,
 * the app the archive only, and an archive that does not fit is skipped with one line, never a failure.
 */
class CliLauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;
    private Path target;
    private Path fakeJava;

    private record Run(int exit, List<String> javaArgs, List<String> errLines) {
        boolean sharesClasses() {
            return javaArgs.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        fakeJava = dir.resolve("jdk/bin/java");
        Files.createDirectories(fakeJava.getParent());
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        fakeJava.toFile().setExecutable(true);
        target = dir.resolve("target");
        Files.createDirectories(target);
        writeLauncher(target, fakeJava, target.resolve("offerkit.jar"));
        Files.write(target.resolve("offerkit.jar"), new byte[] {'P', 'K'});
        Files.write(target.resolve("offerkit-cli.jsa"), new byte[] {1});
        Files.setLastModifiedTime(target.resolve("offerkit.jar"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(target.resolve("offerkit-cli.jsa"), FileTime.fromMillis(1_000_000_060_000L));
    }

    /** What tools/make-cli-launcher.sh writes: the build's values quoted at the top, then the body. */
    private static void writeLauncher(Path target, Path java, Path jar) throws IOException {
        String header = "#!/bin/sh\nbuilt_java='" + java.toAbsolutePath() + "'\nbuilt_jar='" + jar.toAbsolutePath() + "'\n";
        Path launcher = target.resolve("offerkit");
        Files.writeString(launcher, header + Files.readString(Path.of("tools/cli-launcher-body.sh")));
        launcher.toFile().setExecutable(true);
    }

    private Run launch(Path folder, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(folder.resolve("offerkit").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("OFFERKIT_JAVA_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out.lines().toList(), err.lines().toList());
    }

    private Run launch(String... args) throws Exception {
        return launch(target, Map.of(), args);
    }

    @Test
    void aCommandRunsWithTheArchiveAndTheShortRunJitAndItsArgumentsIntact() throws Exception {
        Run run = launch("generate", "--out", "out dir", "logo *.png");
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).isEmpty();
        assertThat(run.javaArgs()).startsWith("-XX:SharedArchiveFile=" + target.resolve("offerkit-cli.jsa").toAbsolutePath())
                .contains(C1_ONLY, "-XX:CompileCommand=CompileThresholdScaling,io.offerkit.imaging.*::*,0.1")
                .endsWith("-jar", target.resolve("offerkit.jar").toAbsolutePath().toString(), "generate", "--out", "out dir",
                        "logo *.png");
    }

    @Test
    void everyCommandOfTheCommandLineGetsTheShortRunJit() throws Exception {
        for (String command : OfferKitCommand.SUBCOMMANDS.keySet()) {
            assertThat(launch(command).javaArgs()).as(command).contains(C1_ONLY);
        }
        assertThat(launch("--help").javaArgs()).contains(C1_ONLY);
        assertThat(launch("--version").javaArgs()).contains(C1_ONLY);
    }

    @Test
    void theAppStartsWithTheArchiveButTheFullJit() throws Exception {
        List<String[]> appStarts = List.of(new String[0], new String[] {"--open=my offer.offerkit"},
                new String[] {"my-offer.offerkit"}, new String[] {"--screenshot=shot.png", "--section=logos"});
        for (String[] args : appStarts) {
            assertThat(LaunchOptions.startsTheApp(List.of(args))).as(String.join(" ", args)).isTrue();
            Run run = launch(args);
            assertThat(run.javaArgs()).as(String.join(" ", args)).doesNotContain(C1_ONLY).contains("-jar");
            assertThat(run.sharesClasses()).isTrue();
        }
    }

    @Test
    void theAppTakesTheArchiveOfItsOwnStartWhereThereIsOneAndCommandsKeepTheirs() throws Exception {
        Path appArchive = target.resolve("offerkit-app.jsa");
        Files.write(appArchive, new byte[] {1});
        Files.setLastModifiedTime(appArchive, FileTime.fromMillis(1_000_000_060_000L));
        assertThat(launch("--open=my offer.offerkit").javaArgs())
                .startsWith("-XX:SharedArchiveFile=" + appArchive.toAbsolutePath());
        assertThat(launch().javaArgs()).startsWith("-XX:SharedArchiveFile=" + appArchive.toAbsolutePath());
        assertThat(launch("generate", "logo.png").javaArgs())
                .startsWith("-XX:SharedArchiveFile=" + target.resolve("offerkit-cli.jsa").toAbsolutePath());
    }

    @Test
    void theUsersJavaOptionsComeLastSoTheyWin() throws Exception {
        Run run = launch(target, Map.of("OFFERKIT_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4 -Xmx1g"), "generate");
        List<String> args = run.javaArgs();
        assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf(C1_ONLY));
        assertThat(args).contains("-Xmx1g");
    }

    @Test
    void aMissingArchiveIsSkippedWithOneLine() throws Exception {
        Files.delete(target.resolve("offerkit-cli.jsa"));
        Run run = launch("generate");
        assertThat(run.exit()).isZero();
        assertThat(run.sharesClasses()).isFalse();
        assertThat(run.javaArgs()).contains(C1_ONLY, "generate");
        assertThat(run.errLines()).singleElement().asString().contains("no class-data sharing archive");
    }

    @Test
    void anArchiveOlderThanTheJarIsSkippedWithOneLine() throws Exception {
        Files.setLastModifiedTime(target.resolve("offerkit.jar"), FileTime.fromMillis(1_000_000_120_000L));
        Run run = launch("inspect", "x.png");
        assertThat(run.exit()).isZero();
        assertThat(run.sharesClasses()).isFalse();
        assertThat(run.errLines()).singleElement().asString().contains("does not fit").contains("rebuilt");
    }

    @Test
    void aMovedBuildFolderSkipsTheArchiveItNoLongerFits() throws Exception {
        Path moved = dir.resolve("moved");
        Files.move(target, moved);
        Run run = launch(moved, Map.of(), "profiles");
        assertThat(run.exit()).isZero();
        assertThat(run.sharesClasses()).isFalse();
        assertThat(run.javaArgs()).endsWith("-jar", moved.resolve("offerkit.jar").toAbsolutePath().toString(), "profiles");
        assertThat(run.errLines()).singleElement().asString().contains("moved");
    }

    @Test
    void aJavaThatIsGoneFallsBackToThePathsJavaWithoutTheArchive() throws Exception {
        Files.delete(fakeJava);
        Path otherJava = dir.resolve("other/bin/java");
        Files.createDirectories(otherJava.getParent());
        Files.writeString(otherJava, "#!/bin/sh\necho other \"$@\"\n");
        otherJava.toFile().setExecutable(true);
        Run run = launch(target, Map.of("JAVA_HOME", dir.resolve("other").toString()), "verify", "b.zip");
        assertThat(run.exit()).isZero();
        assertThat(run.javaArgs()).singleElement().asString().startsWith("other ").doesNotContain("SharedArchiveFile");
        assertThat(run.errLines()).singleElement().asString().contains("is gone");
    }
}
