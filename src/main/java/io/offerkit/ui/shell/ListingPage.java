package io.offerkit.ui.shell;

import io.offerkit.ui.listing.ListingView;
import io.offerkit.ui.listing.ListingViewModel;
import java.util.Optional;
import javafx.scene.Node;

/** Listing details: contacts, the marketplace's lists and the further text fields the offer type asks for. */
final class ListingPage extends LazyPage<ListingView> {
    private final ListingViewModel model;

    ListingPage(SectionContext context) {
        model = new ListingViewModel(context.session());
        model.followChecks(context.checklist().reportProperty());
    }

    @Override
    protected ListingView build() {
        return new ListingView(model);
    }

    @Override
    public Optional<Node> focusTarget(FieldLocation location) {
        return view().focusTarget(location.kind().field(location.id()));
    }
}
