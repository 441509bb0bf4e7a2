package io.offerkit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupTimelineTest {
    @Test
    void timeSinceProcessStartAgreesWithTheJvmsOwnStartTime() {
        assumeThat(Files.isReadable(Path.of("/proc/self/stat"))).as("Linux's /proc").isTrue();
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        long process = StartupTimeline.millisSinceProcessStart();
        // The process starts a little before its JVM (the launcher), never after it; ProcessHandle's start instant
        // was off by up to a second here, always the same way for a given boot.
        assertThat(process).isBetween(jvm - 20, jvm + 300);
    }

    @Test
    void marksAreKeptInOrderWithTheirThreadAndPrintedOneALine() {
        StartupTimeline.clear();
        StartupTimeline.mark("test-first");
        StartupTimeline.mark("test-second");
        var marks = StartupTimeline.marks().stream().filter(m -> m.phase().startsWith("test-")).toList();
        assertThat(marks).extracting(StartupTimeline.Mark::phase).containsExactly("test-first", "test-second");
        assertThat(marks.get(1).millis()).isGreaterThanOrEqualTo(marks.get(0).millis());
        assertThat(StartupTimeline.lines()).contains("phase test-first=" + marks.get(0).millis() + " "
                + Thread.currentThread().getName() + "\n");
    }

    @Test
    void stopsKeepingMarksOnceItHoldsSixtyFour() {
        StartupTimeline.clear();
        for (int i = 0; i < 100; i++) {
            StartupTimeline.mark("render-" + i);
        }
        assertThat(StartupTimeline.marks()).hasSize(64).last().extracting(StartupTimeline.Mark::phase)
                .isEqualTo("render-63");
    }
}
