package io.offerkit.ui.description;

import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.LanguageTag;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import io.offerkit.text.lint.LanguageOpeningLint;
import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.LintSettingsFile;
import io.offerkit.text.lint.Linter;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Description section: the listing's text fields as properties. Editing a property makes a new project value;
 * a new project value (open, undo) updates the properties; a {@link FieldMirror} keeps the two in step without
 * loops.
 *
 * <p>Undo: the session's history of project values is the only history. Keystrokes of one typing run in one field
 * join one undo step (a burst), which the view ends after a pause in typing or when the field loses focus; the
 * editor's own undo is switched off and its Undo/Redo keys come here, so Edit > Undo and the editor agree.
 *
 * <p>Lint settings are a per-user preference, not part of the project: kept in a small JSON file when one is given
 * (the app passes {@code ~/.offerkit/lint-settings.json}), else for the session only.
 */
public final class DescriptionViewModel {
    private final ProjectSession session;
    private final FieldMirror mirror;
    private final StringProperty appName = new SimpleStringProperty(this, "appName", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final StringProperty products = new SimpleStringProperty(this, "products", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "en");
    private final ObjectProperty<DescriptionFormat> format = new SimpleObjectProperty<>(this, "format", DescriptionFormat.MARKDOWN);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<LintSettings> lintSettings = new SimpleObjectProperty<>(this, "lintSettings", LintSettings.defaults());
    private final ReadOnlyObjectWrapper<RenderedDescription> rendered = new ReadOnlyObjectWrapper<>(this, "rendered");
    private final ReadOnlyObjectWrapper<List<LintFinding>> findings = new ReadOnlyObjectWrapper<>(this, "findings", List.of());
    private final ReadOnlyObjectWrapper<FieldCounter> appNameCounter = new ReadOnlyObjectWrapper<>(this, "appNameCounter");
    private final ReadOnlyObjectWrapper<FieldCounter> summaryCounter = new ReadOnlyObjectWrapper<>(this, "summaryCounter");
    private final ReadOnlyObjectWrapper<FieldCounter> descriptionCounter = new ReadOnlyObjectWrapper<>(this, "descriptionCounter");
    private final ReadOnlyObjectWrapper<FieldCounter> keywordsCounter = new ReadOnlyObjectWrapper<>(this, "keywordsCounter");
    private final ReadOnlyObjectWrapper<FieldCounter> productsCounter = new ReadOnlyObjectWrapper<>(this, "productsCounter");
    private final ReadOnlyObjectWrapper<String> preferencesProblem = new ReadOnlyObjectWrapper<>(this, "preferencesProblem");
    /** The texts being translated from, shown beside the fields: the first further listing, or null with one language. */
    private final ReadOnlyObjectWrapper<SourceTexts> sourceTexts = new ReadOnlyObjectWrapper<>(this, "sourceTexts");
    /** The project's further listing languages: choosing one as the language makes it the listing edited here. */
    private final ReadOnlyObjectWrapper<List<String>> furtherLanguages = new ReadOnlyObjectWrapper<>(this, "furtherLanguages", List.of());

    /** Lint settings for this session only. */
    public DescriptionViewModel(ProjectSession session) {
        this(session, null);
    }

    /** Lint settings read from and saved to {@code lintSettingsFile} (null: this session only). */
    public DescriptionViewModel(ProjectSession session, Path lintSettingsFile) {
        this.session = session;
        this.mirror = new FieldMirror(session); // first: the properties are current before the counters and lints run
        if (lintSettingsFile != null) {
            lintSettings.set(LintSettingsFile.read(lintSettingsFile));
            lintSettings.addListener((obs, old, now) -> save(now, lintSettingsFile));
        }
        mirror.mirrorTyping(appName, Project::appName, Project::withAppName);
        mirror.mirrorTyping(summary, Project::summary, Project::withSummary);
        mirror.mirrorTyping(keywords, p -> shownList(keywords, p.keywords()),
                (p, text) -> p.withKeywords(CommaList.parse(text)));
        mirror.mirrorTyping(products, p -> shownList(products, p.products()),
                (p, text) -> p.withProducts(CommaList.parse(text)));
        mirror.mirror(language, Project::language, Project::withLanguage);
        mirror.mirror(format, p -> p.description().format(),
                (p, value) -> p.withDescription(new Description(value, p.description().source())));
        mirror.mirrorTyping(source, p -> p.description().source(),
                (p, text) -> p.withDescription(new Description(p.description().format(), text)));
        furtherLanguages.set(List.copyOf(session.project().listings().keySet()));
        sourceTexts.set(SourceTexts.of(session.project()));
        session.projectProperty().addListener((obs, old, now) -> {
            furtherLanguages.set(List.copyOf(now.listings().keySet()));
            sourceTexts.set(SourceTexts.of(now));
            count(now);
            refreshLints();
        });
        session.profileProperty().addListener((obs, old, now) -> refreshPreview());
        lintSettings.addListener((obs, old, now) -> refreshLints());
        count(session.project());
        refreshPreview();
    }

    private void save(LintSettings settings, Path file) {
        try {
            LintSettingsFile.write(settings, file);
            preferencesProblem.set(null);
        } catch (IOException e) {
            // The settings still apply for this session; the user is told they will not last.
            preferencesProblem.set(Messages.format("description.lint.notSaved", e.getMessage()));
        }
    }

    /** Ends the current typing run: the next keystroke starts a new undo step. */
    public void endTypingBurst() {
        mirror.endTypingRun();
    }

    public void undo() {
        endTypingBurst();
        session.undo();
    }

    public void redo() {
        endTypingBurst();
        session.redo();
    }

    /** Keeps what the user is typing ("a, b, ") as long as it still means the project's list. */
    private static String shownList(StringProperty property, List<String> items) {
        return CommaList.parse(property.get()).equals(items) ? property.get() : CommaList.format(items);
    }

    private void count(Project project) {
        appNameCounter.set(textCounter("appName", project.appName()));
        summaryCounter.set(textCounter("summary", project.summary()));
        keywordsCounter.set(new ItemCounter(project.keywords().size(), spec("keywords").map(TextFieldSpec::maxItems).orElse(null)));
        productsCounter.set(new ItemCounter(project.products().size(), spec("products").map(TextFieldSpec::maxItems).orElse(null)));
    }

    private FieldCounter textCounter(String fieldId, String value) {
        String text = value.strip();
        return new LengthCounter(text.codePointCount(0, text.length()), spec(fieldId).map(TextFieldSpec::maxLength).orElse(null));
    }

    /** Renders the description as the marketplace will receive it; the view calls this once per burst of typing. */
    public void refreshPreview() {
        TextFieldSpec field = descriptionSpec();
        RenderedDescription result = DescriptionRenderer.render(session.project().description(), field);
        rendered.set(result);
        descriptionCounter.set(new LengthCounter(result.length(), field.maxLength()));
        count(session.project());
        refreshLints();
    }

    private void refreshLints() {
        if (rendered.get() != null) {
            findings.set(List.copyOf(Linter.run(session.project(), rendered.get(), lintSettings.get())));
        }
    }

    /** The one-click fix of the language lint: the required sentence goes first in the description. */
    public void insertLanguageOpening() {
        endTypingBurst();
        session.update(p -> p.withDescription(LanguageOpeningLint.withOpening(p.description(), p.language())));
        endTypingBurst();
        refreshPreview();
    }

    public TextFieldSpec descriptionSpec() {
        return spec("description")
                .orElse(new TextFieldSpec("description", Messages.text("description.field.description"), true, null, null, null, null, List.of("p"), null));
    }

    /** The profile's spec of a field, for labels and limits. */
    public Optional<TextFieldSpec> spec(String id) {
        return session.profile().textField(id);
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
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

    /** The listing language as a BCP 47 tag. */
    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<DescriptionFormat> formatProperty() {
        return format;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<LintSettings> lintSettingsProperty() {
        return lintSettings;
    }

    /** Why the lint settings could not be saved, or null. */
    /**
     * The further listing languages ("de-de"). Setting {@link #languageProperty()} to one switches the fields here to
     * that listing (it becomes the primary one; the former is kept as a further listing), one undo step.
     */
    public ReadOnlyObjectProperty<List<String>> furtherLanguagesProperty() {
        return furtherLanguages.getReadOnlyProperty();
    }

    /** What the texts read in the first further listing language, to translate from; null with one language. */
    public ReadOnlyObjectProperty<SourceTexts> sourceTextsProperty() {
        return sourceTexts.getReadOnlyProperty();
    }

    /**
     * Why no further language can be added (the offer type takes no more), or null when one can: "Dynamics 365 app
     * ... takes one listing language".
     */
    public String addLanguageRefusal() {
        int limit = session.profile().listingLanguageLimit();
        if (ProjectListings.languages(session.project()).size() < limit) {
            return null;
        }
        return Messages.format("description.languages.full", session.profile().title(), limit);
    }

    /**
     * Adds a listing in {@code tag} ("de", "pt-BR"), starting as a copy of the listing edited now (the start of a
     * translation), one undo step; a language the project already has is left as it is.
     */
    public void addLanguage(String tag) {
        String key = LanguageTag.of(tag).value();
        if (addLanguageRefusal() != null || ProjectListings.languages(session.project()).contains(key)) {
            return;
        }
        session.update(p -> ProjectListings.with(p, key, ProjectListings.listing(p, p.language()).orElseThrow()));
    }

    /** Removes a further language's listing, one undo step (Undo brings it back whole). */
    public void removeLanguage(String tag) {
        if (!ProjectListings.isPrimary(session.project(), tag)) {
            session.update(p -> ProjectListings.without(p, tag));
        }
    }

    public ReadOnlyObjectProperty<String> preferencesProblemProperty() {
        return preferencesProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedDescription> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LintFinding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldCounter> appNameCounterProperty() {
        return appNameCounter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldCounter> summaryCounterProperty() {
        return summaryCounter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldCounter> descriptionCounterProperty() {
        return descriptionCounter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldCounter> keywordsCounterProperty() {
        return keywordsCounter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldCounter> productsCounterProperty() {
        return productsCounter.getReadOnlyProperty();
    }
}
