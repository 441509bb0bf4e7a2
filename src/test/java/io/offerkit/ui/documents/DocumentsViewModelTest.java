package io.offerkit.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.LinkSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.StatusMessages;
import io.offerkit.ui.TestSessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    StatusMessages status = new StatusMessages();
    DocumentsViewModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        model = new DocumentsViewModel(session, status);
    }

    private DocumentSpec spec(String id) {
        return session.profile().document(id).orElseThrow();
    }

    @Test
    void aSingleDocumentIsReplacedByAUrl() {
        model.useUrl(spec("terms-of-use"), "  https://contoso.example/terms ");
        assertThat(session.project().documents("terms-of-use")).containsExactly(DocumentRef.ofUrl("https://contoso.example/terms"));
    }

    @Test
    void supportingDocumentsAccumulateUpToTheMaximum() {
        DocumentSpec supporting = spec("supporting");
        model.addFiles(supporting, List.of(dir.resolve("a.pdf"), dir.resolve("b.pdf"), dir.resolve("c.pdf")));
        assertThat(session.project().documents("supporting")).hasSize(supporting.maxCount());
        assertThat(status.isError()).isTrue();
        model.remove("supporting", 0);
        assertThat(session.project().documents("supporting")).hasSize(supporting.maxCount() - 1);
    }

    @Test
    void linksAreEditedAsTextAndFollowUndo() {
        LinkSpec help = session.profile().link("help").orElseThrow();
        var property = model.link(help);
        assertThat(property.get()).isEqualTo("https://contoso.example/route-planner/help");
        property.set("https://contoso.example/help");
        assertThat(session.project().link("help")).isEqualTo("https://contoso.example/help");
        property.set("");
        assertThat(session.project().links()).doesNotContainKey("help");
        session.undo();
        assertThat(property.get()).isEqualTo("https://contoso.example/help");
    }
}
