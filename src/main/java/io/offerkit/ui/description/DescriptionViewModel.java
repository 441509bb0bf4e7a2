package io.offerkit.ui.description;

import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import io.offerkit.ui.ProjectSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Description section: the listing's text fields as properties. Editing a property makes a new project value;
 * a new project value (open, undo) updates the properties. The two directions meet only where values differ, so they
 * never loop.
 */
public final class DescriptionViewModel {
    private final ProjectSession session;
    private final StringProperty appName = new SimpleStringProperty(this, "appName", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final StringProperty products = new SimpleStringProperty(this, "products", "");
    private final ObjectProperty<DescriptionFormat> format = new SimpleObjectProperty<>(this, "format", DescriptionFormat.MARKDOWN);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ReadOnlyObjectWrapper<RenderedDescription> rendered = new ReadOnlyObjectWrapper<>(this, "rendered");
    private final ReadOnlyObjectWrapper<LengthCounter> summaryCounter = new ReadOnlyObjectWrapper<>(this, "summaryCounter");
    private final ReadOnlyObjectWrapper<LengthCounter> descriptionCounter = new ReadOnlyObjectWrapper<>(this, "descriptionCounter");

    public DescriptionViewModel(ProjectSession session) {
        this.session = session;
        pull(session.project());
        session.projectProperty().addListener((obs, old, now) -> pull(now));
        push(appName, Project::withAppName);
        push(summary, Project::withSummary);
        push(keywords, (p, text) -> p.withKeywords(CommaList.parse(text)));
        push(products, (p, text) -> p.withProducts(CommaList.parse(text)));
        push(format, (p, value) -> p.withDescription(new Description(value, p.description().source())));
        push(source, (p, text) -> p.withDescription(new Description(p.description().format(), text)));
        summary.addListener((obs, old, now) -> countSummary());
        countSummary();
        refreshPreview();
    }

    private <T> void push(Property<T> property, BiFunction<Project, T, Project> edit) {
        property.addListener((obs, old, now) -> session.update(p -> edit.apply(p, now)));
    }

    private void pull(Project project) {
        setIfDifferent(appName, project.appName());
        setIfDifferent(summary, project.summary());
        setIfListDiffers(keywords, project.keywords());
        setIfListDiffers(products, project.products());
        setIfDifferent(format, project.description().format());
        setIfDifferent(source, project.description().source());
    }

    private static <T> void setIfDifferent(Property<T> property, T value) {
        if (!Objects.equals(property.getValue(), value)) {
            property.setValue(value);
        }
    }

    /** Keeps what the user is typing ("a, b, ") as long as it still means the project's list. */
    private static void setIfListDiffers(StringProperty property, List<String> items) {
        if (!CommaList.parse(property.get()).equals(items)) {
            property.set(CommaList.format(items));
        }
    }

    private void countSummary() {
        Integer max = spec("summary").map(TextFieldSpec::maxLength).orElse(null);
        String text = summary.get().strip();
        summaryCounter.set(new LengthCounter(text.codePointCount(0, text.length()), max));
    }

    /** Renders the description as the marketplace will receive it; the view calls this once per burst of typing. */
    public void refreshPreview() {
        TextFieldSpec field = spec("description")
                .orElse(new TextFieldSpec("description", "Description", true, null, null, null, null, List.of("p"), null));
        RenderedDescription result = DescriptionRenderer.render(session.project().description(), field);
        rendered.set(result);
        descriptionCounter.set(new LengthCounter(result.length(), field.maxLength()));
    }

    private Optional<TextFieldSpec> spec(String id) {
        return session.profile().textField(id);
    }

    public StringProperty appNameProperty() {
        return appName;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty keywordsProperty() {
        return keywords;
    }

    public StringProperty productsProperty() {
        return products;
    }

    public ObjectProperty<DescriptionFormat> formatProperty() {
        return format;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<RenderedDescription> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LengthCounter> summaryCounterProperty() {
        return summaryCounter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LengthCounter> descriptionCounterProperty() {
        return descriptionCounter.getReadOnlyProperty();
    }
}
