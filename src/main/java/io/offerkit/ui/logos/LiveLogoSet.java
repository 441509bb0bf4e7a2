package io.offerkit.ui.logos;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.ImageFacts;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.project.LogoSettings;
import io.offerkit.ui.Background;
import io.offerkit.ui.ProjectSession;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The project's rendered logos, kept current in the background. Rendering is the one expensive check input, so it
 * runs only when the profile or the logo settings change; every other edit reuses the last {@link LogoSet}. When
 * edits outpace rendering, only the newest result is applied.
 */
public final class LiveLogoSet {
    private final ProjectSession session;
    private final Background background;
    private final ReadOnlyObjectWrapper<LogoSet> logoSet = new ReadOnlyObjectWrapper<>(this, "logoSet", LogoSet.empty());
    private final ReadOnlyObjectWrapper<ImageFacts> sourceFacts = new ReadOnlyObjectWrapper<>(this, "sourceFacts");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private RenderKey rendered;
    private long generation;

    private record RenderKey(Profile profile, LogoSettings logo) {
    }

    private record Result(LogoSet logos, ImageFacts facts) {
    }

    public LiveLogoSet(ProjectSession session, Background background) {
        this.session = session;
        this.background = background;
        session.projectProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        RenderKey key = new RenderKey(session.profile(), session.project().logo());
        if (key.equals(rendered)) {
            return;
        }
        rendered = key;
        long mine = ++generation;
        rendering.set(true);
        background.submit("Rendering logos", () -> render(key), result -> {
            if (mine == generation) {
                sourceFacts.set(result.facts());
                logoSet.set(result.logos());
                rendering.set(false);
            }
        }, error -> {
            if (mine == generation) {
                rendering.set(false);
            }
        });
    }

    private static Result render(RenderKey key) {
        Map<Path, SourceImage> decoded = new ConcurrentHashMap<>();
        LogoSet logos = LogoSetRenderer.render(key.profile(), key.logo(), path -> {
            SourceImage image = ImageDecoder.read(path);
            decoded.put(path, image);
            return image;
        });
        String main = key.logo().source();
        ImageFacts facts = main == null ? null : decoded.entrySet().stream()
                .filter(e -> Objects.equals(e.getKey().toString(), main))
                .map(e -> e.getValue().facts()).findFirst().orElse(null);
        return new Result(logos, facts);
    }

    public ReadOnlyObjectProperty<LogoSet> logoSetProperty() {
        return logoSet.getReadOnlyProperty();
    }

    public LogoSet logoSet() {
        return logoSet.get();
    }

    /** The facts of the main source image, or null when there is none or it does not decode. */
    public ReadOnlyObjectProperty<ImageFacts> sourceFactsProperty() {
        return sourceFacts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public boolean isRendering() {
        return rendering.get();
    }
}
