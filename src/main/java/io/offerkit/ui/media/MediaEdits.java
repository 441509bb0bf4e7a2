package io.offerkit.ui.media;

import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The section's edits of the project's media, as pure functions of a project: each returns the new project, so an
 * edit is one value for the session's history, and an index outside the list changes nothing (a stale selection
 * after an undo loses nothing).
 */
final class MediaEdits {
    private MediaEdits() {
    }

    /** The selected entry's framing (a screenshot's or a video's thumbnail's), or null when there is none. */
    static Framing framing(Project project, MediaRef ref) {
        if (ref == null) {
            return null;
        }
        if (ref.isVideo()) {
            Video video = video(project, ref.index());
            return video == null ? null : video.framing();
        }
        Screenshot shot = screenshot(project, ref.index());
        return shot == null ? null : shot.framing();
    }

    static Project withFraming(Project project, MediaRef ref, Framing framing) {
        if (ref == null || framing == null) {
            return project;
        }
        return ref.isVideo() ? editVideo(project, ref.index(), v -> v.withFraming(framing))
                : editScreenshot(project, ref.index(), s -> s.withFraming(framing));
    }

    /** The image the entry is made from (a capture, a thumbnail's source), or null. */
    static String image(Project project, MediaRef ref) {
        if (ref == null) {
            return null;
        }
        if (ref.isVideo()) {
            Video video = video(project, ref.index());
            return video == null ? null : video.thumbnail();
        }
        Screenshot shot = screenshot(project, ref.index());
        return shot == null ? null : shot.source();
    }

    /** A screenshot's redactions; a video's thumbnail has none. */
    static List<Redaction> redactions(Project project, MediaRef ref) {
        Screenshot shot = ref == null || ref.isVideo() ? null : screenshot(project, ref.index());
        return shot == null ? List.of() : shot.redactions();
    }

    static Screenshot screenshot(Project project, int index) {
        List<Screenshot> shots = project.media().screenshots();
        return index >= 0 && index < shots.size() ? shots.get(index) : null;
    }

    static Video video(Project project, int index) {
        List<Video> videos = project.media().videos();
        return index >= 0 && index < videos.size() ? videos.get(index) : null;
    }

    static Project editScreenshot(Project project, int index, UnaryOperator<Screenshot> edit) {
        List<Screenshot> shots = new ArrayList<>(project.media().screenshots());
        if (index < 0 || index >= shots.size()) {
            return project;
        }
        shots.set(index, edit.apply(shots.get(index)));
        return project.withMedia(project.media().withScreenshots(shots));
    }

    static Project editVideo(Project project, int index, UnaryOperator<Video> edit) {
        List<Video> videos = new ArrayList<>(project.media().videos());
        if (index < 0 || index >= videos.size()) {
            return project;
        }
        videos.set(index, edit.apply(videos.get(index)));
        return project.withMedia(project.media().withVideos(videos));
    }

    /** New screenshots of {@code sources}, after the existing ones. */
    static Project addScreenshots(Project project, List<String> sources) {
        List<Screenshot> shots = new ArrayList<>(project.media().screenshots());
        sources.forEach(s -> shots.add(Screenshot.of(s)));
        return project.withMedia(project.media().withScreenshots(shots));
    }

    /** Another capture for a screenshot: its caption, framing and redactions stay. */
    static Project replaceCapture(Project project, int index, String source) {
        return editScreenshot(project, index, s -> s.withSource(source));
    }

    static Project addVideo(Project project) {
        List<Video> videos = new ArrayList<>(project.media().videos());
        videos.add(new Video("", "", null, null));
        return project.withMedia(project.media().withVideos(videos));
    }

    static Project remove(Project project, MediaRef ref) {
        Media media = project.media();
        if (ref.isVideo()) {
            return video(project, ref.index()) == null ? project
                    : project.withMedia(media.withVideos(without(media.videos(), ref.index())));
        }
        return screenshot(project, ref.index()) == null ? project
                : project.withMedia(media.withScreenshots(without(media.screenshots(), ref.index())));
    }

    /** The entry moved from {@code from} to {@code to} (both within its list), the others keeping their order. */
    static Project move(Project project, MediaRef ref, int to) {
        Media media = project.media();
        return ref.isVideo()
                ? project.withMedia(media.withVideos(moved(media.videos(), ref.index(), to)))
                : project.withMedia(media.withScreenshots(moved(media.screenshots(), ref.index(), to)));
    }

    static <T> List<T> moved(List<T> list, int from, int to) {
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
