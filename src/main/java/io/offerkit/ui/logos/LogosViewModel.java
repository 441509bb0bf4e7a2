package io.offerkit.ui.logos;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.ImageFacts;
import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.ui.Background;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.StatusMessages;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The Logos section: the source logo, its facts, and the rendered slots; choosing a source checks it first. */
public final class LogosViewModel {
    private final ProjectSession session;
    private final LiveLogoSet logos;
    private final Background background;
    private final StatusMessages status;
    private final BooleanProperty zoomed = new SimpleBooleanProperty(this, "zoomed");
    private final StringBinding sourceText;

    public LogosViewModel(ProjectSession session, LiveLogoSet logos, Background background, StatusMessages status) {
        this.session = session;
        this.logos = logos;
        this.background = background;
        this.status = status;
        this.sourceText = Bindings.createStringBinding(this::describeSource,
                session.projectProperty(), logos.sourceFactsProperty(), logos.renderingProperty());
    }

    private String describeSource() {
        String source = session.project().logo().source();
        if (source == null || source.isBlank()) {
            return "No logo yet: choose an image or drop one onto the window.";
        }
        String name = String.valueOf(Path.of(source).getFileName());
        ImageFacts facts = logos.sourceFactsProperty().get();
        if (facts != null) {
            return name + " — " + facts.summary();
        }
        return logos.isRendering() ? name + " — reading…" : name + " — could not be read.";
    }

    /**
     * Makes {@code file} the logo source once it decodes; a file that does not is reported and the current source
     * kept, so a wrong drop loses nothing.
     */
    public void chooseSource(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        status.info("Reading " + absolute.getFileName() + "…");
        background.submit("Reading the logo", () -> ImageDecoder.read(absolute), image -> {
            session.update(p -> p.withLogo(p.logo().withSource(absolute.toString())));
            status.info("Logo source: " + absolute.getFileName() + " (" + image.facts().summary() + ").");
        }, error -> status.error("Logo not changed: " + error.getMessage()));
    }

    public StringBinding sourceTextBinding() {
        return sourceText;
    }

    public ReadOnlyObjectProperty<LogoSet> logoSetProperty() {
        return logos.logoSetProperty();
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
    }

    public BooleanProperty zoomedProperty() {
        return zoomed;
    }

    public int zoomFactor() {
        return zoomed.get() ? 3 : 1;
    }
}
