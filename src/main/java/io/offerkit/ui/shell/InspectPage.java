package io.offerkit.ui.shell;

import io.offerkit.ui.inspect.InspectView;
import io.offerkit.ui.inspect.InspectViewModel;

/** Check sizes: the sizes and formats of existing image files or a bundle. */
final class InspectPage extends LazyPage<InspectView> {
    private final InspectViewModel model;

    InspectPage(SectionContext context) {
        model = new InspectViewModel(context.session(), context.executor(), context.status());
    }

    @Override
    protected InspectView build() {
        return new InspectView(model);
    }

    @Override
    public boolean isSettled() {
        return built().map(view -> !view.isBusy()).orElse(true);
    }
}
