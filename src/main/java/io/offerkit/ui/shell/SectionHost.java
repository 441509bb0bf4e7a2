package io.offerkit.ui.shell;

import io.offerkit.check.CheckResult;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.FieldKind;
import io.offerkit.ui.checklist.ChecklistView;
import io.offerkit.ui.checklist.ChecklistViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * The window's centre: the shown section's page, and the way from a checklist item to the field it is about. Until
 * the project is open it shows the "Opening …" placeholder for every section; {@link #open} then makes each
 * registered section's page (its view-model), and each view is built when first shown.
 */
final class SectionHost extends StackPane {
    private final List<Section> sections;
    private final ObjectProperty<Section> selected;
    private final Label placeholder;
    private final Map<Section, SectionPage> pages = new LinkedHashMap<>();
    private ChecklistViewModel checklist;
    private ChecklistView checklistView;

    SectionHost(List<Section> sections, ObjectProperty<Section> selected, Label placeholder) {
        this.sections = sections;
        this.selected = selected;
        this.placeholder = placeholder;
        getStyleClass().add("section-host");
        selected.addListener((obs, old, now) -> show(now));
        show(selected.get());
    }

    /** Makes every section's page on the opened session, in registration order, and shows the selected one. */
    void open(SectionContext context, ChecklistView panel) {
        checklist = context.checklist();
        checklistView = panel;
        for (Section section : sections) {
            pages.put(section, section.open(context));
        }
        show(selected.get());
    }

    /** The page of the given kind (the window hands dropped logos and start-up options to them). */
    <P extends SectionPage> P page(Class<P> type) {
        return pages.values().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " open"));
    }

    /** The window is usable: the pages may start the work they left for later. */
    void afterOpened() {
        pages.values().forEach(SectionPage::afterOpened);
    }

    /** Every page done with its work (a page not shown yet has none). */
    boolean isSettled() {
        return !pages.isEmpty() && pages.values().stream().allMatch(SectionPage::isSettled);
    }

    /**
     * Puts only the shown section into the scene: the others keep their state but get no CSS, skins or layout until
     * first shown, which is most of the start-up time. Before the window is opened, the placeholder stands for every
     * section.
     */
    private void show(Section section) {
        SectionPage page = pages.get(section);
        getChildren().setAll(page == null ? placeholder : page.view());
    }

    /** Shows the section where a checklist item is fixed and focuses its field. */
    void navigateTo(ChecklistItem item) {
        // The item's current result may lead further than its field: to the text a finding is about.
        String field = checklist.report().results().stream().filter(r -> r.item().id().equals(item.id()))
                .map(CheckResult::location).findFirst().orElse(item.field());
        FieldLocation.parse(field).ifPresent(location -> {
            location.section().ifPresent(selected::set);
            // A section just put into the scene has no skins yet, so its fields are not in the scene to take focus.
            applyCss();
            layout();
            Optional<SectionPage> page = location.section().map(pages::get);
            Optional<Node> target = page.isPresent() ? page.get().focusTarget(location)
                    : location.kind() == FieldKind.ATTESTATION ? checklistView.focusTarget(item.id()) : Optional.empty();
            target.ifPresent(node -> {
                node.requestFocus();
                page.ifPresent(p -> p.focused(location));
                scrollIntoView(node);
            });
        });
    }

    private static void scrollIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                if (contentHeight > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 24) / (contentHeight - viewport))));
                }
                return;
            }
        }
    }
}
