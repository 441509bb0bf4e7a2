package io.offerkit.ui.shell;

import io.offerkit.ui.handoff.HandoffFolder;
import io.offerkit.ui.handoff.HandoffView;
import io.offerkit.ui.handoff.HandoffViewModel;

/** Hand-off: the marketplace's form page by page, with the values to copy, the files to drag and a tick per field. */
final class HandoffPage extends LazyPage<HandoffView> {
    private final HandoffViewModel model;

    HandoffPage(SectionContext context) {
        model = new HandoffViewModel(context.session(), context.executor(), context.status(), new HandoffFolder());
        model.followChecks(context.checklist().reportProperty());
        context.diskWatch().addDiskChangeListener(changes -> model.reloadFromDisk());
    }

    @Override
    protected HandoffView build() {
        return new HandoffView(model);
    }

    @Override
    public boolean isSettled() {
        return model.isSettled();
    }
}
