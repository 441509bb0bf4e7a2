package io.offerkit.check;

import io.offerkit.common.Reasons;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.Profile;
import io.offerkit.project.FileStamp;
import io.offerkit.project.Project;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the media rules know of each capture and thumbnail a project names (its upright size and format): given by a
 * caller that has decoded them already, or read from disk. A reading from disk is kept while the file's size and
 * time stay the same, so one instance held across evaluations (the app's checklist re-evaluates on every edit, on the
 * FX thread) decodes each capture once, not once per keystroke.
 */
public final class MediaFacts {
    /**
     * A file's facts, or why there are none ("could not be read: ..."); {@code pending}: not read yet (a caller's
     * facts that do not have it), which is no verdict on the file.
     */
    record Read(ImageFacts facts, String problem, boolean pending) {
        Read(ImageFacts facts, String problem) {
            this(facts, problem, false);
        }
    }

    /** A reading and the file's size and time when it was taken (empty: the file was not there). */
    private record Stamped(Read read, Optional<FileStamp> stamp) {
    }

    private final Map<String, ImageFacts> given;
    private final Map<String, Stamped> read;
    /** A view that reads nothing: {@link #read}'s current readings, else "is being read". */
    private final boolean knownOnly;

    private MediaFacts(Map<String, ImageFacts> given) {
        this(given, new ConcurrentHashMap<>(), false);
    }

    private MediaFacts(Map<String, ImageFacts> given, Map<String, Stamped> read, boolean knownOnly) {
        this.given = given;
        this.read = read;
        this.knownOnly = knownOnly;
    }

    /**
     * These facts as far as they are known now, reading no file: a capture read from disk and unchanged since is
     * known, any other is pending ("is being read"), which is no verdict on it. For a judgement while the readings
     * are still being taken elsewhere (start-up reads the captures on a worker while the window is built).
     */
    public MediaFacts knownSoFar() {
        return given != null ? this : new MediaFacts(null, read, true);
    }

    /** Reads each file the rules ask about from disk, again only when it changed since. */
    public static MediaFacts fromDisk() {
        return new MediaFacts(null);
    }

    /** The facts by file path as the project holds it; a file not among them is "not read yet". */
    public static MediaFacts of(Map<String, ImageFacts> facts) {
        return new MediaFacts(Map.copyOf(facts));
    }

    /**
     * Reads every capture and thumbnail of {@code project} the profile's media groups take, as the media rules would
     * ask for them, so a later judgement finds them known: start-up's loader does it on a worker.
     */
    public void readAll(Profile profile, Project project) {
        for (MediaGroup group : profile.media()) {
            for (MediaItems item : MediaItems.of(group, project)) {
                if (item.image() != null) {
                    of(item.image());
                }
            }
        }
    }

    Read of(String path) {
        if (given != null) {
            ImageFacts facts = given.get(path);
            return new Read(facts, facts == null ? "is not read yet" : null, facts == null);
        }
        Optional<FileStamp> now = FileStamp.quick(Path.of(path));
        if (knownOnly) {
            Stamped known = read.get(path);
            return known != null && known.stamp().equals(now) ? known.read()
                    : new Read(null, "is being read", true);
        }
        return read.compute(path, (p, known) -> known != null && known.stamp().equals(now) ? known
                : new Stamped(readFile(p), now)).read();
    }

    private static Read readFile(String path) {
        try {
            ImageFacts facts = ImageDecoder.read(Path.of(path)).facts();
            return new Read(facts, facts == null ? "could not be read" : null);
        } catch (ImagingException | RuntimeException e) {
            return new Read(null, "could not be read: " + Reasons.of(e));
        }
    }
}
