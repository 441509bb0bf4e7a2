package io.offerkit.ui.shell;

import io.offerkit.ui.logos.LogosView;
import io.offerkit.ui.logos.LogosViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Logos: the four slots made from one image; logos changed on disk are read again. */
final class LogosPage extends LazyPage<LogosView> {
    private final SectionContext context;
    private final LogosViewModel model;

    LogosPage(SectionContext context) {
        this.context = context;
        this.model = new LogosViewModel(context.session(), context.logos(), context.executor(), context.status());
        context.diskWatch().addDiskChangeListener(changes -> model.reloadFromDisk());
    }

    @Override
    protected LogosView build() {
        return new LogosView(model);
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.id());
    }

    @Override
    public boolean isSettled() {
        return !context.logos().isRendering() && !context.logos().isMeasuring();
    }
}
