package io.offerkit.ui.media;

import io.offerkit.check.MediaFacts;
import io.offerkit.check.MediaWarnings;
import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.png.PngWithinLimit;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.Project;
import io.offerkit.project.VideoAddress;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The selected entry's words: a screenshot's caption or a video's name (with its counter against the group's
 * limit), a video's address (with what is wrong with it), and the warnings the marketplace or a reviewer would give,
 * in the checklist rules' own words ({@link MediaWarnings}) plus what only the rendered PNG shows (a palette reduced
 * to stay under the byte limit). A typing run in a field is one undo step.
 */
public final class EntryViewModel {
    /**
     * The longest caption or name the field takes from the keyboard or a paste: fifty times the longest limit a
     * marketplace sets, so no real caption meets it, while a megabyte pasted by mistake is refused instead of making
     * the field, the undo history and every autosave crawl. A longer one already in a project file is kept and shown.
     */
    public static final int MOST_TAKEN = 10_000;

    private final ProjectSession session;
    private final FieldMirror mirror;
    private final ObservableValue<MediaRef> selected;
    private final Function<MediaRef, MediaGroup> groups;
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty refused = new SimpleStringProperty(this, "refused", "");
    private final StringBinding addressProblem;
    private final StringBinding counter;
    private final BooleanBinding captionOver;
    private final ObjectBinding<List<String>> warnings;

    EntryViewModel(ProjectSession session, FieldMirror mirror, ObservableValue<MediaRef> selected,
                   Function<MediaRef, MediaGroup> groups, MediaImages images, LivePreview preview) {
        this.session = session;
        this.mirror = mirror;
        this.selected = selected;
        this.groups = groups;
        mirror.mirrorTyping(caption, p -> selected.getValue() == null ? "" : captionOf(p, selected.getValue()),
                this::withCaption);
        mirror.mirrorTyping(address, p -> {
            MediaRef ref = selected.getValue();
            var video = ref == null || !ref.isVideo() ? null : MediaEdits.video(p, ref.index());
            return video == null ? "" : video.address();
        }, (p, now) -> {
            MediaRef ref = selected.getValue();
            return ref == null || !ref.isVideo() || now == null ? p
                    : MediaEdits.editVideo(p, ref.index(), v -> v.withAddress(now));
        });
        addressProblem = Bindings.createStringBinding(() -> {
            VideoAddress.Parsed parsed = VideoAddress.parse(address.get());
            return parsed.isValid() ? "" : parsed.problem();
        }, address);
        counter = Bindings.createStringBinding(this::count, caption, selected, session.profileProperty());
        captionOver = Bindings.createBooleanBinding(() -> {
            Integer max = limit();
            return max != null && length(caption.get()) > max;
        }, caption, selected, session.profileProperty());
        warnings = Bindings.createObjectBinding(() -> warnings(images, preview.pngProperty().get()),
                session.projectProperty(), selected, images.seenProperty(), preview.pngProperty());
    }

    private static String captionOf(Project project, MediaRef ref) {
        if (ref.isVideo()) {
            var video = MediaEdits.video(project, ref.index());
            return video == null ? "" : video.name();
        }
        var shot = MediaEdits.screenshot(project, ref.index());
        return shot == null ? "" : shot.caption();
    }

    private Project withCaption(Project project, String now) {
        MediaRef ref = selected.getValue();
        if (ref == null || now == null) {
            return project;
        }
        return ref.isVideo() ? MediaEdits.editVideo(project, ref.index(), v -> v.withName(now))
                : MediaEdits.editScreenshot(project, ref.index(), s -> s.withCaption(now));
    }

    private Integer limit() {
        MediaGroup group = groups.apply(selected.getValue());
        return group == null ? null : group.captionMaxLength();
    }

    /** Counted as the caption rule counts: code points of the caption without its surrounding blanks. */
    private static int length(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    private String count() {
        Integer max = limit();
        int length = length(caption.get());
        return max == null ? Messages.format("media.caption.count", length)
                : Messages.format("media.caption.countOf", length, max);
    }

    private List<String> warnings(MediaImages images, PngWithinLimit png) {
        MediaRef ref = selected.getValue();
        if (ref == null) {
            return List.of();
        }
        List<String> said = new ArrayList<>(MediaWarnings.of(session.profile(), session.project(), ref.kind(),
                ref.number(), MediaFacts.of(images.facts())));
        // What the decoder worked around (a damaged EXIF block) is the capture's own, not a marketplace rule's.
        String image = MediaEdits.image(session.project(), ref);
        MediaImages.Seen seen = image == null ? null : images.of(image);
        if (seen != null && seen.facts() != null && seen.facts().note() != null) {
            said.add(Messages.format("media.warning.read", Path.of(image).getFileName(), seen.facts().note()));
        }
        MediaGroup group = groups.apply(ref);
        if (png != null && group != null && group.maxBytes() != null) {
            String limit = ByteSizes.text(group.maxBytes());
            if (!png.withinLimit()) {
                said.add(Messages.format("media.warning.overLimit", ByteSizes.text(png.bytes().length), limit));
            } else if (png.reduced()) {
                said.add(Messages.format("media.warning.palette", limit, png.colours()));
            }
        }
        return List.copyOf(said);
    }

    /**
     * Whether the caption field may go from {@code before} to {@code proposed}: not when that makes it longer than
     * {@link #MOST_TAKEN} (a shorter edit of a long caption is always taken). When not, {@link #refusedProperty} says
     * why and the caption stays as it was; the next edit taken clears it.
     */
    public boolean takes(String before, String proposed) {
        if (proposed.length() > MOST_TAKEN && proposed.length() > before.length()) {
            Integer max = limit();
            refused.set(Messages.format(max == null ? "media.caption.refused" : "media.caption.refusedOf",
                    proposed.codePointCount(0, proposed.length()), MOST_TAKEN, max == null ? 0 : max));
            return false;
        }
        refused.set("");
        return true;
    }

    /** Why the last edit of the caption field was not taken; "" when it was. */
    public ReadOnlyStringProperty refusedProperty() {
        return refused;
    }

    /** Another entry is shown: what was refused in the last one's field is no longer news. */
    void forgetRefusal() {
        refused.set("");
    }

    /** The field was left: the next keystroke starts a new undo step. */
    public void endTypingRun() {
        mirror.endTypingRun();
    }

    /** What a screenshot's or video's list says when the group is short or over: shown above the filmstrip. */
    public String countProblem(MediaKind kind) {
        return MediaWarnings.count(session.profile(), session.project(), kind).orElse("");
    }

    /** The selected screenshot's caption, or the selected video's name. */
    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** Why the address is not one the marketplace takes; "" when it is. */
    public StringBinding addressProblemBinding() {
        return addressProblem;
    }

    /** "42 characters" or "42 / 100". */
    public StringBinding counterBinding() {
        return counter;
    }

    public BooleanBinding captionOverBinding() {
        return captionOver;
    }

    public ObjectBinding<List<String>> warningsBinding() {
        return warnings;
    }
}
