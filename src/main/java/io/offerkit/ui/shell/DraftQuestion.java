package io.offerkit.ui.shell;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import io.offerkit.ui.fx.Messages;
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
        String awaiting = confirm > 0 ? Messages.format("export.draft.confirm", confirm) : null;
        String failing = fail > 0 ? Messages.format("export.draft.fail", fail) : null;
        String counts = awaiting != null && failing != null ? Messages.format("export.draft.both", awaiting, failing)
                : awaiting != null ? awaiting : failing;
        return Optional.of(Messages.format("export.draft.ask", counts));
    }
}
