package io.offerkit.ui.shell;

import java.util.Optional;
import javafx.scene.Node;

/**
 * A page whose view is built when first needed, not when the window opens: a view put into the scene costs CSS,
 * skins and layout (the description's editor and WebView preview took ~1.5 s at start-up), and most sessions start
 * in one section.
 */
abstract class LazyPage<V extends Node> implements SectionPage {
    private V view;

    /** Builds the view; called once. */
    protected abstract V build();

    @Override
    public final V view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    /** The view if it was built: what is not built yet has no work going on. */
    protected final Optional<V> built() {
        return Optional.ofNullable(view);
    }
}
