package io.offerkit.bundle;

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

    void step(int done, int total, String what);

    boolean cancelled();
}
