package io.offerkit.ui.shell;

import io.offerkit.text.lint.LintSettingsFile;
import io.offerkit.ui.description.DescriptionView;
import io.offerkit.ui.description.DescriptionViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Description: app name, summary, keywords and the listing text, with its checks and preview. */
final class DescriptionPage extends LazyPage<DescriptionView> {
    private final DescriptionViewModel model;

    DescriptionPage(SectionContext context) {
        model = new DescriptionViewModel(context.session(), LintSettingsFile.userFile());
        // The user's lint levels decide readiness everywhere: in the checklist and in what an export marks ready.
        context.checklist().followLintSettings(model.lintSettingsProperty());
        context.export().followLintSettings(model.lintSettingsProperty());
    }

    @Override
    protected DescriptionView build() {
        return new DescriptionView(model);
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.id());
    }

    @Override
    public void focused(FieldLocation location) {
        if (location.offset() >= 0) {
            view().placeCaret(location.id(), location.offset());
        }
    }

    @Override
    public boolean isSettled() {
        return built().map(view -> !view.previewLoading()).orElse(true);
    }
}
