package io.offerkit.ui.shell;

import io.offerkit.check.OfferTypeChange;
import io.offerkit.profile.ImageSlot;
import io.offerkit.ui.fx.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link OfferTypeChange} in the user's words, in the order they act on it: what to fill for the new offer, the
 * text to shorten, then what the new offer does not use (kept in the project) and the logo sizes it does not take. Groups with nothing to say are left out.
 */
final class OfferTypeChangeLines {
    /** One heading and its lines; {@code id} names the group for the dialog's nodes ("fill", "over", "unused", "dropped"). */
    record Group(String id, String heading, List<String> lines) {
    }

    private OfferTypeChangeLines() {
    }

    static List<Group> of(OfferTypeChange change, boolean hasLogo) {
        List<Group> groups = new ArrayList<>();
        String to = change.to().title();
        add(groups, "fill", Messages.format("offerTypeChange.fill", to), fill(change, hasLogo));
        add(groups, "over", Messages.text("offerTypeChange.over"), change.textOverLimits().stream()
                .map(o -> Messages.format("offerTypeChange.over.line", o.label(), o.length(), unit(o.unit()), o.limit()))
                .toList());
        add(groups, "unused", Messages.format("offerTypeChange.unused", to), change.unused().stream()
                .map(u -> Messages.format("offerTypeChange.unused.line", u.label(), u.kept())).toList());
        add(groups, "dropped", Messages.format("offerTypeChange.dropped", to), change.droppedSlots().isEmpty() ? List.of()
                : List.of(Messages.format("offerTypeChange.dropped.slots", change.droppedSlots().stream()
                        .map(ImageSlot::sizeText).collect(Collectors.joining(", ")))));
        return groups;
    }

    private static List<String> fill(OfferTypeChange change, boolean hasLogo) {
        List<String> lines = new ArrayList<>();
        for (ImageSlot slot : change.newSlots()) {
            lines.add(hasLogo ? Messages.format("offerTypeChange.slot", slot.label(), slot.sizeText())
                    : Messages.format("offerTypeChange.slot.noLogo", slot.label(), slot.sizeText()));
        }
        for (OfferTypeChange.MediaChange media : change.media()) {
            lines.add(media(media));
        }
        change.newFields().forEach(f -> lines.add(Messages.format("offerTypeChange.field", f.label())));
        return lines;
    }

    private static String media(OfferTypeChange.MediaChange m) {
        String size;
        if (m.fromSize() == null) {
            size = m.have() > 0 ? Messages.format("offerTypeChange.media.back", m.label(), m.countText(), m.toSize(), m.have())
                    : Messages.format("offerTypeChange.media.new", m.label(), m.countText(), m.toSize());
        } else if (!m.fromSize().equals(m.toSize())) {
            size = m.have() > 0 ? Messages.format("offerTypeChange.media.size", m.label(), m.toSize(), m.fromSize(), m.have())
                    : Messages.format("offerTypeChange.media.sizeOnly", m.label(), m.toSize(), m.fromSize());
        } else {
            size = Messages.format("offerTypeChange.media.count", m.label(), m.countText(), m.have());
        }
        if (m.missing() > 0) {
            size += " " + Messages.format("offerTypeChange.media.missing", m.countText(), m.missing());
        }
        if (m.uncaptioned() > 0) {
            size += " " + Messages.format("offerTypeChange.media.captions", m.uncaptioned());
        }
        return size;
    }

    private static String unit(OfferTypeChange.Unit unit) {
        return switch (unit) {
            case CHARACTERS -> Messages.text("offerTypeChange.unit.characters");
            case WORDS -> Messages.text("offerTypeChange.unit.words");
            case ITEMS -> Messages.text("offerTypeChange.unit.items");
        };
    }

    private static void add(List<Group> groups, String id, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            groups.add(new Group(id, heading, List.copyOf(lines)));
        }
    }
}
