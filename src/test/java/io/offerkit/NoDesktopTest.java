package io.offerkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started where the window cannot open (no display, no GTK 3), the app says in one line what to do and exits with
 * 1, instead of dying with the toolkit's stack trace. Runs {@link Main} in a child JVM with the test class path, as
 * {@code java -jar offerkit.jar} would.
 */
class NoDesktopTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void withoutADisplayItSaysHowToGetOne(@TempDir Path home) throws Exception {
        assumeTrue(isLinux(), "the X display is a Linux matter");
        Run run = launch(home, List.of(), env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stderrLines()).singleElement().asString()
                .contains("no display").contains("xvfb-run").doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void withoutGtk3ItSaysWhatToInstall(@TempDir Path home) throws Exception {
        assumeTrue(isLinux(), "GTK is the Linux toolkit");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "needs xvfb-run for a display without GTK");
        // A library of that name that is not one: the dynamic loader finds it first and fails, as if GTK 3 were
        // missing (JavaFX looks for the display first, hence xvfb-run).
        Path fakeGtk = Files.createDirectories(home.resolve("no-gtk"));
        Files.writeString(fakeGtk.resolve("libgtk-3.so.0"), "not a library");
        Run run = launch(home, List.of("/usr/bin/xvfb-run", "-a"),
                env -> env.put("LD_LIBRARY_PATH", fakeGtk.toString()));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stderrLines()).singleElement().asString()
                .contains("GTK 3").contains("libgtk-3-0").contains("xvfb-run").doesNotContain("Exception");
    }

    private record Run(int exitCode, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static Run launch(Path home, List<String> prefix, Consumer<Map<String, String>> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(home.resolve("stderr.txt").toFile());
        env.accept(builder.environment());
        Process child = builder.start();
        if (!child.waitFor(90, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the app neither opened nor gave up within 90 s");
        }
        return new Run(child.exitValue(), Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
