package io.offerkit.ui.shell;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import java.util.Optional;

/**
 * What to ask before exporting a project that is not ready: "3 items await confirmation, 1 fails. Export as a
 * draft?"; nothing when it is ready. The export of such a project is marked draft by the core.
 */
public final class DraftQuestion {
    private DraftQuestion() {
    }

    public static Optional<String> of(CheckReport report) {
        if (report == null || report.ready()) {
            return Optional.empty();
        }
        int confirm = report.counts().get(CheckState.CONFIRM);
        int fail = report.counts().get(CheckState.FAIL);
        StringBuilder text = new StringBuilder();
        if (confirm > 0) {
            text.append(confirm).append(confirm == 1 ? " item awaits confirmation" : " items await confirmation");
        }
        if (fail > 0) {
            text.append(text.length() > 0 ? ", " : "").append(fail).append(fail == 1 ? " fails" : " fail");
        }
        return Optional.of(text.append(". Export as a draft?").toString());
    }
}
