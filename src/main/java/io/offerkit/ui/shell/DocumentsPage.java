package io.offerkit.ui.shell;

import io.offerkit.ui.documents.DocumentsView;
import io.offerkit.ui.documents.DocumentsViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Documents: terms of use, privacy policy, supporting documents and links; changed files are inspected again. */
final class DocumentsPage extends LazyPage<DocumentsView> {
    private final DocumentsViewModel model;

    DocumentsPage(SectionContext context) {
        model = new DocumentsViewModel(context.session(), context.status(), context.executor());
        model.followChecks(context.checklist().reportProperty());
        context.diskWatch().addDiskChangeListener(changes -> model.recheck(changes.all()));
    }

    @Override
    protected DocumentsView build() {
        return new DocumentsView(model);
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.kind().field(location.id()));
    }
}
