package io.offerkit.ui.shell;

import io.offerkit.ui.media.MediaView;
import io.offerkit.ui.media.MediaViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Screenshots & videos: captures made into the listing's exact images; the captures share the logos' working copies. */
final class MediaPage extends LazyPage<MediaView> {
    private final SectionContext context;
    private MediaViewModel model;

    MediaPage(SectionContext context) {
        this.context = context;
        context.diskWatch().addDiskChangeListener(changes -> {
            if (model != null) {
                model.reloadFromDisk();
            }
        });
    }

    /**
     * Made when the section is first shown or the window is usable, whichever comes first: the model starts decoding
     * every capture and rendering the selected one, work that competed with the opening Logos section for the two
     * workers (the slots' sizes waited ~1 s behind it at start-up).
     */
    private MediaViewModel model() {
        if (model == null) {
            model = new MediaViewModel(context.session(), context.executor(), context.status(),
                    context.logos().workingCopies());
        }
        return model;
    }

    @Override
    protected MediaView build() {
        return new MediaView(model());
    }

    @Override
    public void afterOpened() {
        model();
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.id());
    }

    @Override
    public boolean isSettled() {
        return model == null || model.isSettled();
    }
}
