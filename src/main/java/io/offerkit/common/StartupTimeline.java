package io.offerkit.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the start-up's time goes: named marks in milliseconds from the process start (as the operating system records
 * it, so the JVM's own boot counts too), printed by {@code --print-startup} after its figures. Marking is a list
 * append, cheap enough to leave in every start; the bench and {@code docs/performance.md} read the printed lines.
 */
public final class StartupTimeline {
    /** Milliseconds from boot to this process's start (Linux, to the kernel's 10 ms tick), or -1 elsewhere. */
    private static final long BOOT_TO_START = bootToStart();
    /** Elsewhere: the operating system's process start, as {@link ProcessHandle} gives it. */
    private static final Instant PROCESS_START = BOOT_TO_START >= 0 ? null
            : ProcessHandle.current().info().startInstant().orElse(null);
    /** USER_HZ, which Linux has kept at 100 on every architecture for user space ({@code getconf CLK_TCK}). */
    private static final long TICKS_PER_SECOND = 100;
    private static final int LIMIT = 64;
    private static final List<Mark> MARKS = new ArrayList<>();

    /** A phase's end: its name (lower case with dashes) and its time from the process start. */
    public record Mark(String phase, long millis, String thread) {
    }

    private StartupTimeline() {
    }

    /**
     * Records that {@code phase} ends now, on the calling thread. Marks made in work that goes on after start-up (a
     * render on every edit) stop being kept after the first {@value #LIMIT}, so a day's session holds no growing list
     * (a window opened again, as the UI tests do, marks nothing new once that many are held).
     */
    public static void mark(String phase) {
        long millis = millisSinceProcessStart();
        synchronized (MARKS) {
            if (MARKS.size() < LIMIT) {
                MARKS.add(new Mark(phase, millis, Thread.currentThread().getName()));
            }
        }
    }

    /** Forgets the marks, so a test sees only its own. */
    static void clear() {
        synchronized (MARKS) {
            MARKS.clear();
        }
    }

    /** The marks so far, in the order they were made. */
    public static List<Mark> marks() {
        synchronized (MARKS) {
            return List.copyOf(MARKS);
        }
    }

    /** {@code phase NAME=MS THREAD}, one line per mark: the format {@code bench/startup.py} reads. */
    public static String lines() {
        StringBuilder out = new StringBuilder();
        for (Mark mark : marks()) {
            out.append("phase ").append(mark.phase()).append('=').append(mark.millis()).append(' ')
                    .append(mark.thread()).append('\n');
        }
        return out.toString();
    }

    /**
     * Milliseconds from the process start; -1 where the operating system does not say when it started. Not from
     * {@link ProcessHandle.Info#startInstant()} on Linux: it adds the process's start tick to the boot time, which
     * {@code /proc/stat} gives in whole seconds, so every figure carried the same error of up to a second (seen here:
     * 700-750 ms, the same for OfferKit and the bare window, which flattered every ratio). Both times counted from boot
     * have no such error.
     */
    public static long millisSinceProcessStart() {
        if (BOOT_TO_START >= 0) {
            long now = millisSinceBoot();
            if (now >= 0) {
                return now - BOOT_TO_START;
            }
        }
        return Optional.ofNullable(PROCESS_START).map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }

    private static long bootToStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // The command name (field 2) is in parentheses and may hold spaces; field 22 is the start in ticks.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[19]) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long millisSinceBoot() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            return Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }
}
