package io.offerkit.ui.documents;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.common.OfferKitException;
import io.offerkit.common.Reasons;
import io.offerkit.document.DocumentFacts;
import io.offerkit.document.DocumentInspector;
import io.offerkit.document.DocumentPreview;
import io.offerkit.document.DocumentType;
import io.offerkit.document.LinkProbe;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.Profile;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NewestRequest;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.TextCounter;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The Documents section: legal and supporting documents (files, web addresses or pasted text), what inspection found
 * in each file, previews, the listing's links with their checklist messages, and the optional reachability check.
 */
public final class DocumentsViewModel {
    /** Preview resolution: 72 dpi is one pixel per point, enough to recognise a page at a glance. */
    static final float PREVIEW_DPI = 72f;
    static final Duration LINK_TIMEOUT = Duration.ofSeconds(5);

    private final ProjectSession session;
    private final StatusMessages status;
    private final BackgroundWork background;
    private final Function<String, LinkProbe.Result> probe;
    private final Map<String, StringProperty> links = new LinkedHashMap<>();
    private final ObservableMap<String, DocumentFacts> facts = FXCollections.observableHashMap();
    private final Set<String> inspecting = new HashSet<>();
    private final ObservableMap<String, LinkProbe.Result> reachability = FXCollections.observableHashMap();
    private final ObservableMap<String, List<CheckResult>> checks = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<PreviewContent> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    /** The document asked for last is the one previewed: a slower, earlier preview is dropped. */
    private final NewestRequest previews = new NewestRequest();
    private final FieldMirror mirror;

    public DocumentsViewModel(ProjectSession session, StatusMessages status) {
        this(session, status, BackgroundWork.direct(), url -> new LinkProbe(LINK_TIMEOUT).probe(url));
    }

    public DocumentsViewModel(ProjectSession session, StatusMessages status, BackgroundWork background) {
        this(session, status, background, url -> new LinkProbe(LINK_TIMEOUT).probe(url));
    }

    public DocumentsViewModel(ProjectSession session, StatusMessages status, BackgroundWork background,
                              Function<String, LinkProbe.Result> probe) {
        this.session = session;
        this.status = status;
        this.background = background;
        this.probe = probe;
        this.mirror = new FieldMirror(session); // first: the links are current before new files are inspected
        session.projectProperty().addListener((obs, old, now) -> inspectNewFiles(now));
        inspectNewFiles(session.project());
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return session.projectProperty();
    }

    public List<DocumentRef> documents(String documentId) {
        return session.project().documents(documentId);
    }

    /** Does the document take several entries (supporting PDFs) or exactly one (Terms of Use)? */
    public static boolean takesSeveral(DocumentSpec spec) {
        return spec.maxCount() != null && spec.maxCount() > 1;
    }

    public void addFiles(DocumentSpec spec, List<Path> files) {
        List<DocumentRef> refs = takesSeveral(spec) ? new ArrayList<>(documents(spec.id())) : new ArrayList<>();
        files.forEach(f -> {
            String path = f.toAbsolutePath().normalize().toString();
            facts.remove(path); // attaching again means "look again": the file may have changed
            refs.add(DocumentRef.ofFile(path));
        });
        if (spec.maxCount() != null && refs.size() > spec.maxCount()) {
            status.failed(Messages.format("documents.status.tooMany", spec.label(), spec.maxCount()));
            refs.subList(spec.maxCount(), refs.size()).clear();
        } else {
            status.info(Messages.format("documents.status.added", spec.label(), files.size()));
        }
        session.update(p -> p.withDocuments(spec.id(), refs));
        inspectNewFiles(session.project());
    }

    public void useUrl(DocumentSpec spec, String url) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            return;
        }
        List<DocumentRef> refs = takesSeveral(spec) ? new ArrayList<>(documents(spec.id())) : new ArrayList<>();
        refs.add(DocumentRef.ofUrl(value));
        session.update(p -> p.withDocuments(spec.id(), refs));
    }

    /** Whether the profile lets this document be pasted as text (Terms of Use, privacy policy). */
    public static boolean acceptsText(DocumentSpec spec) {
        return spec.accepts().contains("text");
    }

    /** The text pasted for this document, or "" (what the paste dialog starts from). */
    public String pastedText(String documentId) {
        return documents(documentId).stream().filter(DocumentRef::isText).map(DocumentRef::text).findFirst().orElse("");
    }

    /** Uses pasted text as the document; it is kept even over the limit, so the checklist can say by how much. */
    public void pasteText(DocumentSpec spec, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        session.update(p -> p.withDocuments(spec.id(), List.of(DocumentRef.ofText(text))));
        TextCounter counter = TextCounter.of(text, spec.maxTextLength());
        if (counter.overLimit()) {
            status.error(Messages.format("documents.status.textTooLong", spec.label(), counter.text()));
        } else {
            status.info(Messages.format("documents.status.textUsed", spec.label(), counter.text()));
        }
    }

    public void remove(String documentId, int index) {
        List<DocumentRef> refs = new ArrayList<>(documents(documentId));
        if (index >= 0 && index < refs.size()) {
            refs.remove(index);
            session.update(p -> p.withDocuments(documentId, refs));
        }
    }

    /** Inspects these files again (changed, truncated or deleted on disk by another program). */
    public void recheck(List<String> paths) {
        paths.forEach(facts::remove);
        inspectNewFiles(session.project());
    }

    /** What inspection found in each attached file, by absolute path; filled in the background. */
    public ObservableMap<String, DocumentFacts> facts() {
        return facts;
    }

    private void inspectNewFiles(Project project) {
        Profile profile = session.profile();
        for (DocumentSpec spec : profile.documents()) {
            for (DocumentRef ref : project.documents(spec.id())) {
                if (ref.isFile() && !facts.containsKey(ref.file()) && inspecting.add(ref.file())) {
                    String file = ref.file();
                    background.submit("Inspecting " + file, () -> DocumentInspector.inspect(Path.of(file), spec),
                            found -> {
                                inspecting.remove(file);
                                facts.put(file, found);
                            },
                            error -> {
                                // Said at the file, where the user looks, like any other problem inspection finds.
                                inspecting.remove(file);
                                facts.put(file, new DocumentFacts(DocumentType.UNKNOWN, 0, null, false, List.of(
                                        Messages.format("documents.status.inspectFailed", Path.of(file).getFileName(),
                                                said(error)))));
                            });
                }
            }
        }
    }

    /** Loads a preview of an attached file in the background: the first page of a PDF, the text of the others. */
    public void showPreview(DocumentRef ref) {
        NewestRequest.Ticket mine = previews.next();
        if (ref.isText()) {
            preview.set(PreviewContent.text(Messages.text("documents.preview.pasted"), ref.text()));
            return;
        }
        if (!ref.isFile()) {
            preview.set(PreviewContent.failed(ref.displayName(), Messages.text("documents.preview.url")));
            return;
        }
        Path file = Path.of(ref.file());
        String title = String.valueOf(file.getFileName());
        DocumentFacts known = facts.get(ref.file());
        background.submit("Previewing " + title, () -> {
            DocumentType type = known != null ? known.type() : DocumentInspector.inspect(file, null).type();
            return type == DocumentType.PDF
                    ? PreviewContent.page(title, DocumentPreview.firstPage(file, PREVIEW_DPI))
                    : PreviewContent.text(title, DocumentPreview.text(file, type));
        }, mine.ifCurrent(preview::set),
                mine.ifCurrent(error -> preview.set(PreviewContent.failed(title, said(error)))));
    }

    /** The core's own message for the user; the plain cause for anything else (never an exception's name). */
    private static String said(Throwable error) {
        return error instanceof OfferKitException ? error.getMessage() : Reasons.of(error);
    }

    public ReadOnlyObjectProperty<PreviewContent> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public void closePreview() {
        previews.dropAll();
        preview.set(null);
    }

    /** The editable address of a link; typing into it edits the project. */
    public StringProperty link(LinkSpec spec) {
        return links.computeIfAbsent(spec.id(), id -> {
            StringProperty property = new SimpleStringProperty(this, id, session.project().link(id));
            // Typed or undone alike: an earlier answer was about another address.
            property.addListener((obs, old, now) -> reachability.remove(id));
            mirror.mirror(property, p -> shownLink(property, p.link(id)),
                    (p, now) -> p.withLink(id, now == null ? null : now.strip()));
            return property;
        });
    }

    /** Keeps what the user typed (" https://x ") as long as it still means the project's address. */
    private static String shownLink(StringProperty property, String link) {
        return Objects.equals(property.get() == null ? "" : property.get().strip(), link) ? property.get() : link;
    }

    /**
     * Asks each filled-in link whether it answers, in the background. Only on request: it goes on the network, and
     * an edit never waits for it.
     */
    public void checkLinks() {
        for (LinkSpec spec : session.profile().links()) {
            String url = session.project().link(spec.id());
            // Blank, or refused by the checklist (whose message under the field says why): nothing to ask.
            if (url.isBlank() || !problems(FieldKind.LINK.field(spec.id())).isEmpty()) {
                reachability.remove(spec.id());
                continue;
            }
            reachability.put(spec.id(), new LinkProbe.Result(LinkProbe.Outcome.UNKNOWN, Messages.text("documents.links.checking")));
            background.submit("Checking " + url, () -> probe.apply(url), result -> {
                if (url.equals(session.project().link(spec.id()))) {
                    reachability.put(spec.id(), result);
                }
            }, error -> reachability.put(spec.id(), new LinkProbe.Result(LinkProbe.Outcome.UNKNOWN, Messages.text("documents.links.notChecked"))));
        }
    }

    /** The last reachability answer per link id (absent until "Check links"). */
    public ObservableMap<String, LinkProbe.Result> reachability() {
        return reachability;
    }

    /** Follows the live checklist so each field can show the items that are not passing. */
    public void followChecks(ObservableValue<CheckReport> report) {
        report.addListener((obs, old, now) -> pullChecks(now));
        pullChecks(report.getValue());
    }

    private void pullChecks(CheckReport report) {
        Map<String, List<CheckResult>> byField = new LinkedHashMap<>();
        if (report != null) {
            for (CheckResult result : report.results()) {
                FieldKind kind = result.item().fieldKind().orElse(null);
                if (kind == FieldKind.DOCUMENT || kind == FieldKind.LINK) {
                    byField.computeIfAbsent(result.item().field(), f -> new ArrayList<>()).add(result);
                }
            }
        }
        checks.keySet().retainAll(byField.keySet());
        byField.forEach((field, results) -> {
            if (!results.equals(checks.get(field))) {
                checks.put(field, List.copyOf(results));
            }
        });
    }

    /** Checklist results for a field ("document:terms-of-use", "link:help"). */
    public ObservableMap<String, List<CheckResult>> checks() {
        return checks;
    }

    /**
     * The messages to show under a field: its items that fail or warn, except those that only repeat a problem the
     * card already shows under the file it is about ("Supporting documents: x.pdf is a damaged PDF ..." after
     * "x.pdf is a damaged PDF ..."): each problem is said once, where the file is.
     */
    public List<CheckResult> problems(String field) {
        List<String> saidAtTheFiles = fileProblems(field);
        return checks.getOrDefault(field, List.of()).stream()
                .filter(r -> r.state() == CheckState.FAIL || r.state() == CheckState.WARN)
                .filter(r -> saidAtTheFiles.stream().noneMatch(r.message()::endsWith)).toList();
    }

    private List<String> fileProblems(String field) {
        if (!field.startsWith(FieldKind.DOCUMENT.prefix())) {
            return List.of();
        }
        return documents(field.substring(FieldKind.DOCUMENT.prefix().length())).stream().filter(DocumentRef::isFile)
                .map(ref -> facts.get(ref.file())).filter(Objects::nonNull)
                .flatMap(found -> found.problems().stream()).toList();
    }
}
