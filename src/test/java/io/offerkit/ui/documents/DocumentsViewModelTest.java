package io.offerkit.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.document.DocumentType;
import io.offerkit.document.LinkProbe;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.LinkSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.TextCounter;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        model = new DocumentsViewModel(session, status, BackgroundWork.direct());
    }

    private Path docx(String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p><w:r><w:t>Terms of Use</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private CheckState state(ChecklistViewModel checklist, String itemId) {
        return checklist.report().results().stream().filter(r -> r.item().id().equals(itemId))
                .map(CheckResult::state).findFirst().orElseThrow();
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

    @Test
    void aRenamedWordDocumentShowsItsRealTypeAndTheProblem() throws Exception {
        Path renamed = docx("terms.pdf");
        model.addFiles(spec("terms-of-use"), List.of(renamed));

        var facts = model.facts().get(renamed.toAbsolutePath().normalize().toString());
        assertThat(facts.type()).isEqualTo(DocumentType.DOCX);
        assertThat(facts.problems()).containsExactly("terms.pdf is named .pdf but is really a Word document (DOCX).");
        assertThat(facts.summary()).startsWith("Word document (DOCX), ");
    }

    @Test
    void theDemoFilesAreInspectedWhenTheModelStarts() {
        String guide = session.project().documents("supporting").get(0).file();
        assertThat(model.facts().get(guide).pages()).isEqualTo(1);
        assertThat(model.facts().get(guide).ok()).isTrue();
    }

    @Test
    void pastedTermsOverTheLimitAreCountedAndFailTheChecklistItem() {
        ChecklistViewModel checklist = new ChecklistViewModel(session,
                new LiveLogoSet(session, BackgroundWork.direct()).logoSetProperty(), Clock.systemUTC());
        model.followChecks(checklist.reportProperty());
        DocumentSpec terms = spec("terms-of-use");
        assertThat(state(checklist, "terms-of-use")).isEqualTo(CheckState.PASS);

        model.pasteText(terms, "x".repeat(10_001));

        TextCounter counter = TextCounter.of(model.pastedText("terms-of-use"), terms.maxTextLength());
        assertThat(counter.text()).isEqualTo("10,001 / 10,000 characters");
        assertThat(counter.overLimit()).isTrue();
        assertThat(state(checklist, "terms-of-use")).isEqualTo(CheckState.FAIL);
        assertThat(model.problems("document:terms-of-use")).extracting(CheckResult::message)
                .containsExactly("Terms of Use: the pasted text has 10001 characters; at most 10000.");
        assertThat(status.isError()).isTrue();

        model.pasteText(terms, "x".repeat(10_000));
        assertThat(TextCounter.of(model.pastedText("terms-of-use"), 10_000).overLimit()).isFalse();
        assertThat(state(checklist, "terms-of-use")).isEqualTo(CheckState.PASS);
        assertThat(model.problems("document:terms-of-use")).isEmpty();
    }

    @Test
    void aDamagedPdfsProblemIsSaidOnceInItsCard() throws Exception {
        ChecklistViewModel checklist = new ChecklistViewModel(session,
                new LiveLogoSet(session, BackgroundWork.direct()).logoSetProperty(), Clock.systemUTC());
        model.followChecks(checklist.reportProperty());
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\ngarbage without objects");

        model.addFiles(spec("supporting"), List.of(damaged));

        assertThat(state(checklist, "supporting-documents")).isEqualTo(CheckState.FAIL);
        String problem = model.facts().get(damaged.toAbsolutePath().normalize().toString()).problems().get(0);
        // What the card shows: each file's problems under the file, then the checklist's messages for the field.
        List<String> card = new ArrayList<>();
        session.project().documents("supporting").forEach(ref -> card.addAll(model.facts().get(ref.file()).problems()));
        model.problems("document:supporting").forEach(r -> card.add(r.message()));
        assertThat(card.stream().filter(text -> text.contains(problem))).as(String.join("\n", card)).hasSize(1);
    }

    @Test
    void aBadHelpLinkShowsItsChecklistMessageUnderTheField() {
        ChecklistViewModel checklist = new ChecklistViewModel(session,
                new LiveLogoSet(session, BackgroundWork.direct()).logoSetProperty(), Clock.systemUTC());
        model.followChecks(checklist.reportProperty());
        model.link(session.profile().link("help").orElseThrow()).set("http://x");
        assertThat(model.problems("link:help")).isNotEmpty().allMatch(r -> r.state() == CheckState.FAIL);
        model.link(session.profile().link("help").orElseThrow()).set("https://contoso.example/help");
        assertThat(model.problems("link:help")).isEmpty();
    }

    @Test
    void previewsThePdfsFirstPageAndTheTextOfOthers() throws Exception {
        Path pdf = Path.of(session.project().documents("supporting").get(0).file());
        model.showPreview(DocumentRef.ofFile(pdf.toString()));
        assertThat(model.previewProperty().get().page()).isNotNull();
        assertThat(model.previewProperty().get().page().getWidth()).isBetween(500, 700); // a page in points at 72 dpi

        model.showPreview(DocumentRef.ofFile(docx("terms.docx").toString()));
        assertThat(model.previewProperty().get().text()).isEqualTo("Terms of Use");
        model.closePreview();
        assertThat(model.previewProperty().get()).isNull();
    }

    @Test
    void aSlowPreviewOfAnEarlierChoiceNeverReplacesTheNewerOneOrReopensAClosedPanel() {
        HeldWork held = new HeldWork();
        DocumentsViewModel slow = new DocumentsViewModel(session, status, held, url -> null);
        held.runAll(); // the demo files' inspection
        String pdf = session.project().documents("supporting").get(0).file();

        slow.showPreview(DocumentRef.ofFile(pdf));
        slow.showPreview(DocumentRef.ofText("Pasted terms"));
        held.runAll();
        assertThat(slow.previewProperty().get().text()).isEqualTo("Pasted terms");

        slow.showPreview(DocumentRef.ofFile(pdf));
        slow.closePreview();
        held.runAll();
        assertThat(slow.previewProperty().get()).isNull();
    }

    @Test
    void anAddressTheChecklistRefusesIsNotProbedToSayItAgain() {
        ChecklistViewModel checklist = new ChecklistViewModel(session,
                new LiveLogoSet(session, BackgroundWork.direct()).logoSetProperty(), Clock.systemUTC());
        List<String> asked = new ArrayList<>();
        DocumentsViewModel probing = new DocumentsViewModel(session, status, BackgroundWork.direct(), url -> {
            asked.add(url);
            return new LinkProbe.Result(LinkProbe.Outcome.UNKNOWN, "no answer");
        });
        probing.followChecks(checklist.reportProperty());
        probing.link(session.profile().link("help").orElseThrow()).set("https://contoso.example/route planner/help");

        probing.checkLinks();

        assertThat(probing.problems("link:help")).singleElement().extracting(CheckResult::message).asString()
                .contains("not a valid address");
        assertThat(asked).doesNotContain("https://contoso.example/route planner/help").isNotEmpty();
        assertThat(probing.reachability()).doesNotContainKey("help").isNotEmpty();
    }

    @Test
    void checkLinksAsksEachAddressOnlyWhenAskedAndReportsPerLink() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            DocumentsViewModel probing = new DocumentsViewModel(session, status, BackgroundWork.direct(),
                    url -> new LinkProbe(Duration.ofSeconds(5)).probe(url));
            probing.link(session.profile().link("help").orElseThrow()).set(base + "/ok");
            probing.link(session.profile().link("support").orElseThrow()).set(base + "/missing");
            assertThat(probing.reachability()).isEmpty();

            probing.checkLinks();

            assertThat(probing.reachability().get("help").outcome()).isEqualTo(LinkProbe.Outcome.REACHABLE);
            assertThat(probing.reachability().get("support").outcome()).isEqualTo(LinkProbe.Outcome.BROKEN);
            probing.link(session.profile().link("help").orElseThrow()).set(base + "/elsewhere");
            assertThat(probing.reachability()).doesNotContainKey("help");
        } finally {
            server.stop(0);
        }
    }
}
