package io.offerkit.ui.documents;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.Profile;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.StatusMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Documents section: legal and supporting documents (files or web addresses) and the listing's links. */
public final class DocumentsViewModel {
    private final ProjectSession session;
    private final StatusMessages status;
    private final Map<String, StringProperty> links = new LinkedHashMap<>();

    public DocumentsViewModel(ProjectSession session, StatusMessages status) {
        this.session = session;
        this.status = status;
        session.projectProperty().addListener((obs, old, now) -> pullLinks(now));
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
        files.forEach(f -> refs.add(DocumentRef.ofFile(f.toAbsolutePath().normalize().toString())));
        if (spec.maxCount() != null && refs.size() > spec.maxCount()) {
            status.error(spec.label() + ": at most " + spec.maxCount() + " documents; the first " + spec.maxCount() + " were kept.");
            refs.subList(spec.maxCount(), refs.size()).clear();
        } else {
            status.info(spec.label() + ": " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " added.");
        }
        session.update(p -> p.withDocuments(spec.id(), refs));
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

    public void remove(String documentId, int index) {
        List<DocumentRef> refs = new ArrayList<>(documents(documentId));
        if (index >= 0 && index < refs.size()) {
            refs.remove(index);
            session.update(p -> p.withDocuments(documentId, refs));
        }
    }

    /** The editable address of a link; typing into it edits the project. */
    public StringProperty link(LinkSpec spec) {
        return links.computeIfAbsent(spec.id(), id -> {
            StringProperty property = new SimpleStringProperty(this, id, session.project().link(id));
            property.addListener((obs, old, now) -> session.update(p -> p.withLink(id, now == null ? null : now.strip())));
            return property;
        });
    }

    private void pullLinks(Project project) {
        links.forEach((id, property) -> {
            String value = project.link(id);
            if (!Objects.equals(property.get() == null ? "" : property.get().strip(), value)) {
                property.set(value);
            }
        });
    }
}
