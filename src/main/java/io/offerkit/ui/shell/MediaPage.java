package io.offerkit.ui.shell;

import io.offerkit.ui.media.MediaView;
import io.offerkit.ui.media.MediaViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Screenshots & videos: captures made into the listing's exact images; the captures share the logos' working copies. */
final class MediaPage extends LazyPage<MediaView> {
    private final MediaViewModel model;

    MediaPage(SectionContext context) {
        this.model = new MediaViewModel(context.session(), context.executor(), context.status(),
                context.logos().workingCopies());
        context.diskWatch().addDiskChangeListener(changes -> model.reloadFromDisk());
    }

    @Override
    protected MediaView build() {
        return new MediaView(model);
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.id());
    }

    @Override
    public boolean isSettled() {
        return model.isSettled();
    }
}
