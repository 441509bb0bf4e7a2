package io.offerkit.bundle;

import io.offerkit.common.ProgressMonitor;

/** Reports an export's progress and lets the caller cancel it between steps. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void step(int done, int total, String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** An export's steps as a monitor's fraction done, stopping at the next step once the monitor is cancelled. */
    static ExportProgress of(ProgressMonitor monitor) {
        return new ExportProgress() {
            @Override
            public void step(int done, int total, String what) {
                if (total > 0) {
                    monitor.progress(Math.min(done, total) / (double) total);
                }
            }

            @Override
            public boolean cancelled() {
                return monitor.isCancelled();
            }
        };
    }

    void step(int done, int total, String what);

    boolean cancelled();
}
