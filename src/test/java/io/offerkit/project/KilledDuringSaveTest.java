package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL, no shutdown hooks) in the middle of saving leaves the project file either as the old
 * or as the new version, never torn: the save writes a temporary file and moves it into place.
 */
class KilledDuringSaveTest {
    private static final int KILLS = 5;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theProjectFileIsAlwaysWholeAfterAKill(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offer.offerkit");
        Random random = new Random(42);
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                // Let it save for a while, then kill it at an arbitrary moment, likely in the middle of a write.
                waitForFirstSave(file);
                Thread.yield();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100 + random.nextInt(400));
                while (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Project saved = ProjectFiles.read(file);
            assertThat(saved.appName()).startsWith("Save ");
            String n = saved.appName().substring("Save ".length());
            assertThat(saved.summary()).isEqualTo(n.repeat(50_000));
            assertThat(saved.keywords()).containsExactly("k" + n);
        }
    }

    private static void waitForFirstSave(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertThat(file).exists();
    }
}
