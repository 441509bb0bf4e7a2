package io.offerkit.ui.fx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} on a virtual clock: work runs only when a test advances time, in due order. */
public final class ManualScheduler implements Scheduler {
    private final List<Job> jobs = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long sequence;

    private final class Job implements Pending {
        final Duration due;
        final long order = sequence++;
        final Runnable work;
        boolean cancelled;

        Job(Duration due, Runnable work) {
            this.due = due;
            this.work = work;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Pending schedule(Duration delay, Runnable work) {
        Job job = new Job(now.plus(delay), work);
        jobs.add(job);
        return job;
    }

    /** Moves the clock on and runs what has come due. */
    public void advance(Duration by) {
        now = now.plus(by);
        List<Job> due = jobs.stream().filter(j -> j.due.compareTo(now) <= 0)
                .sorted(Comparator.comparing((Job j) -> j.due).thenComparingLong(j -> j.order)).toList();
        jobs.removeAll(due);
        due.stream().filter(j -> !j.cancelled).forEach(j -> j.work.run());
    }
}
