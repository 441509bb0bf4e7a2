package io.offerkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes with one job: a main source file over {@value #MAX_LINES} lines is a sign that it holds several
 * rooms, and the median file stays short so a reader finds one idea per file.
 */
class ClassSizeTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final int MAX_LINES = 400;
    private static final int MAX_MEDIAN_LINES = 60;

    @Test
    void noMainSourceFilePassesTheLineLimit() {
        Map<String, Integer> tooLong = new TreeMap<>();
        lineCounts().forEach((file, lines) -> {
            if (lines > MAX_LINES) {
                tooLong.put(file, lines);
            }
        });
        assertThat(tooLong).as("main source files over %d lines (file=lines); split them into classes with one job",
                MAX_LINES).isEmpty();
    }

    @Test
    void theMedianClassIsShort() {
        List<Integer> sorted = lineCounts().values().stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        System.out.printf("ClassSizeTest: %d main source files, median %d lines, longest %d%n",
                sorted.size(), median, sorted.get(sorted.size() - 1));
        assertThat(median).as("median lines of the %d main source files", sorted.size())
                .isLessThanOrEqualTo(MAX_MEDIAN_LINES);
    }

    /** Lines of every class file under src/main/java (package-info.java holds no class), keyed by relative path. */
    private static Map<String, Integer> lineCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(ClassSizeTest::isClassSource).toList()) {
                counts.put(MAIN.relativize(file).toString().replace('\\', '/'), lineCount(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(counts).as("main sources found under %s", MAIN.toAbsolutePath()).isNotEmpty();
        return counts;
    }

    private static boolean isClassSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java");
    }

    private static int lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
