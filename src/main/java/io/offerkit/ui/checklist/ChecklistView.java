package io.offerkit.ui.checklist;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.check.ListingChecks;
import io.offerkit.project.LanguageTag;
import io.offerkit.profile.ChecklistGroup;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.Messages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The checklist panel: progress and counts on top, then the items grouped Collateral / Technical / Business, then
 * one group per further listing language with its per-language items, its heading saying when it is incomplete.
 */
public final class ChecklistView extends VBox {
    private final ChecklistViewModel model;
    private final Consumer<ChecklistItem> navigate;
    private final VBox groups = new VBox(6);
    /** By item id, and "id@tag" for a further language's row. */
    private final Map<String, ChecklistRow> rows = new LinkedHashMap<>();
    private final Map<ChecklistRow, String> rowKeys = new IdentityHashMap<>();
    private final Map<String, Label> languageHeadings = new HashMap<>();
    private List<String> languages = List.of();
    private final Label counts = new Label();
    private final Label readiness = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final FlowPane chips = new FlowPane(6, 6);
    private List<Object> shownChips;
    private final Map<String, CheckState> states = new HashMap<>();
    private CheckState filter;
    private static final PseudoClass INCOMPLETE = PseudoClass.getPseudoClass("incomplete");

    public ChecklistView(ChecklistViewModel model, Consumer<ChecklistItem> navigate) {
        this.model = model;
        this.navigate = navigate;
        setId("checklist");
        getStyleClass().add("checklist-panel");
        Label title = new Label(Messages.text("checklist.title"));
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        counts.setId("checklistCounts");
        counts.getStyleClass().add("panel-counts");
        counts.setWrapText(true);
        readiness.getStyleClass().add("readiness");
        readiness.setWrapText(true); // a longer translation goes to a second line rather than cutting the title
        readiness.setTextAlignment(TextAlignment.RIGHT);
        progress.setId("checklistProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        chips.setId("checklistChips");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleLine = new HBox(8, title, spacer, readiness);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        // The chips carry the counts; the sentence form stays available as the progress bar's tooltip.
        progress.setTooltip(new Tooltip());
        VBox header = new VBox(10, titleLine, progress, chips);
        header.getStyleClass().add("checklist-header");
        header.setMinHeight(Region.USE_PREF_SIZE); // the list below scrolls; the header is never squeezed
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("checklist-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        model.profileProperty().addListener((obs, old, now) -> rebuild(now));
        model.reportProperty().addListener((obs, old, now) -> show(now));
        rebuild(model.profileProperty().get());
    }

    private void rebuild(Profile profile) {
        rows.clear();
        rowKeys.clear();
        languageHeadings.clear();
        groups.getChildren().clear();
        for (ChecklistGroup group : ChecklistGroup.values()) {
            var items = profile.checklist().stream().filter(i -> i.group() == group).toList();
            if (items.isEmpty()) {
                continue;
            }
            Label heading = new Label(groupTitle(group));
            heading.getStyleClass().add("group-title");
            groups.getChildren().add(heading);
            for (ChecklistItem item : items) {
                addRow(item, item.id());
            }
        }
        for (String tag : languages) {
            Label heading = new Label();
            heading.getStyleClass().addAll("group-title", "language-title");
            languageHeadings.put(tag, heading);
            groups.getChildren().add(heading);
            for (ChecklistItem item : profile.checklist()) {
                if (ListingChecks.isPerLanguage(item)) {
                    addRow(item, item.id() + "@" + tag);
                }
            }
        }
        show(model.report());
    }

    private void addRow(ChecklistItem item, String key) {
        ChecklistRow row = new ChecklistRow(item, model, navigate);
        rows.put(key, row);
        rowKeys.put(row, key);
        groups.getChildren().add(row);
    }

    /** "GERMAN (GERMANY) LISTING · DE-DE", and "INCOMPLETE" after it while one of its items fails. */
    private void showLanguageHeadings(CheckReport report) {
        languageHeadings.forEach((tag, heading) -> {
            boolean incomplete = report.results().stream()
                    .anyMatch(r -> tag.equals(r.language()) && r.state() == CheckState.FAIL);
            String title = Messages.format("checklist.group.language", LanguageTag.of(tag).displayName(), tag);
            heading.setText((incomplete ? Messages.format("checklist.group.incomplete", title) : title)
                    .toUpperCase(Locale.getDefault()));
            heading.pseudoClassStateChanged(INCOMPLETE, incomplete);
        });
    }

    private void show(CheckReport report) {
        if (report == null) {
            return;
        }
        List<String> languagesNow = report.results().stream().map(CheckResult::language).filter(Objects::nonNull)
                .distinct().toList();
        if (!languagesNow.equals(languages)) { // a language added or removed: its group comes or goes
            languages = languagesNow;
            rebuild(model.profileProperty().get());
            return;
        }
        for (CheckResult result : report.results()) {
            String key = result.isPrimary() ? result.item().id() : result.item().id() + "@" + result.language();
            ChecklistRow row = rows.get(key);
            if (row != null) {
                row.show(result, model.attestation(result.item().id()));
                states.put(key, result.state());
            }
        }
        showLanguageHeadings(report);
        if (filter != null && report.counts().get(filter) == 0) {
            filter = null;
        }
        applyFilter();
        progress.setProgress(report.progress());
        counts.setText(ChecklistViewModel.summary(report));
        progress.getTooltip().setText(counts.getText());
        // Rebuilt only when what they show changes, so a chip under the pointer is not swapped for a copy mid-click.
        List<Object> chipsNow = Arrays.asList(Map.copyOf(report.counts()), filter);
        if (!chipsNow.equals(shownChips)) {
            shownChips = chipsNow;
            showChips(report);
        }
        readiness.setText(Messages.text(report.ready() ? "checklist.ready" : "checklist.notReady"));
        readiness.getStyleClass().removeAll("ready", "not-ready");
        readiness.getStyleClass().add(report.ready() ? "ready" : "not-ready");
    }

    private void showChips(CheckReport report) {
        chips.getChildren().clear();
        report.counts().forEach((state, count) -> {
            if (count > 0) {
                StateBadge mark = new StateBadge();
                mark.show(state);
                Label chip = new Label(chipText(state, count), mark);
                chip.getStyleClass().addAll("count-chip", "chip-" + state.id());
                if (state == filter) {
                    chip.getStyleClass().add("chip-active");
                }
                // A chip is a filter: the items needing attention are one click away, even at the bottom of a long list.
                chip.setTooltip(new Tooltip(Messages.text(state == filter ? "checklist.chip.showAll" : "checklist.chip.showOnly")));
                chip.setCursor(Cursor.HAND);
                chip.setOnMouseClicked(e -> toggleFilter(state));
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.setAccessibleText(Messages.format(state == filter ? "checklist.chip.spoken.showAll" : "checklist.chip.spoken.showOnly", chip.getText()));
                chips.getChildren().add(chip);
            }
        });
    }

    private static String chipText(CheckState state, int count) {
        return switch (state) {
            case PASS -> Messages.format("checklist.chip.pass", count);
            case WARN -> Messages.format("checklist.chip.warn", count);
            case FAIL -> Messages.format("checklist.chip.fail", count);
            case CONFIRM -> Messages.format("checklist.chip.confirm", count);
        };
    }

    /** The group's heading, as the checklist shows it ("COLLATERAL"). */
    static String groupTitle(ChecklistGroup group) {
        return switch (group) {
            case COLLATERAL -> Messages.text("checklist.group.collateral");
            case TECHNICAL -> Messages.text("checklist.group.technical");
            case BUSINESS -> Messages.text("checklist.group.business");
        };
    }

    private void toggleFilter(CheckState state) {
        filter = state == filter ? null : state;
        show(model.report());
    }

    /** Shows the rows in the chosen state (all without a filter) and hides group titles left empty. */
    private void applyFilter() {
        Node heading = null;
        boolean headingHasRows = false;
        for (Node node : groups.getChildren()) {
            if (node instanceof ChecklistRow row) {
                boolean visible = filter == null || states.get(rowKeys.get(row)) == filter;
                row.setVisible(visible);
                row.setManaged(visible);
                headingHasRows |= visible;
            } else {
                showHeading(heading, headingHasRows);
                heading = node;
                headingHasRows = false;
            }
        }
        showHeading(heading, headingHasRows);
    }

    private static void showHeading(Node heading, boolean visible) {
        if (heading != null) {
            heading.setVisible(visible);
            heading.setManaged(visible);
        }
    }

    /** The confirm box of an attested item, for navigation to "attestation:<id>". */
    public Optional<Node> focusTarget(String itemId) {
        ChecklistRow row = rows.get(itemId);
        return Optional.ofNullable(row == null ? null : row.confirmBox());
    }
}
