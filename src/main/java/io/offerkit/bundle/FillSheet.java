package io.offerkit.bundle;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.profile.CountMode;
import io.offerkit.profile.FormField;
import io.offerkit.profile.FormPage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import io.offerkit.text.DescriptionRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What the user types and uploads into the marketplace's web form, in the form's order: each field of the profile's
 * {@code form} with the project's value or files, its limit, and a state taken from the checklist's verdicts on that
 * field (the rules are the checklist's, never judged again here). {@code offerkit handoff} prints it and the bundle's
 * {@code partner-center.html} shows it.
 */
public record FillSheet(List<Row> rows) {
    /**
     * One field. {@code values} are what is typed (one per box: a list field's items, each screenshot's caption);
     * a video gives two values, its name and its address; {@code files} what is uploaded, named as the export bundle names them; {@code state} one of ok, warn, fail,
     * over-limit, missing, empty (optional and left empty), confirm or reminder; {@code message} the checklist's word
     * on it, or the reminder. {@code key} names the field for the hand-off's ticks ({@link #key}); {@code maxLength}
     * is the characters each value may have where the form sets a length, else null.
     */
    public record Row(String key, String page, String field, List<String> values, List<String> files, String limit,
                      Integer maxLength, String state, String message) {
        public Row {
            values = List.copyOf(values);
            files = List.copyOf(files);
        }
    }

    public FillSheet {
        rows = List.copyOf(rows);
    }

    /** The sheet with files named as {@link #exportNames} names them: what {@code offerkit export} would write. */
    public static FillSheet build(Profile profile, Project project, CheckReport report) {
        return build(profile, project, report, exportNames(project, file -> Path.of(file).getFileName().toString()));
    }

    /** The sheet with {@code files} naming the files of a key ("logo:logo", "media:screenshots", "document:supporting"). */
    static FillSheet build(Profile profile, Project project, CheckReport report, Function<String, List<String>> files) {
        List<Row> rows = new ArrayList<>();
        for (FormPage page : profile.form()) {
            for (FormField field : page.fields()) {
                rows.add(row(profile, project, report, files, page.page(), field));
            }
        }
        return new FillSheet(rows);
    }

    /**
     * The field's key in the project's hand-off ticks: what it maps to ("text:summary", "logo:logo"), a pending
     * field's key (so a tick stays when the profile switches it to a value), or "reminder:" and the form's label.
     */
    public static String key(FormField field) {
        if (field.value() != null) {
            return field.value();
        }
        if (field.files() != null) {
            return field.files();
        }
        return field.pending() != null ? field.pending() : "reminder:" + field.label();
    }

    private static Row row(Profile profile, Project project, CheckReport report, Function<String, List<String>> files,
                           String page, FormField field) {
        if (field.value() == null && field.files() == null) {
            String why = field.reminder() != null ? field.reminder()
                    : "OfferKit does not hold this yet (" + field.pending() + "): enter it in Partner Center.";
            return new Row(key(field), page, field.label(), List.of(), List.of(), null, null, "reminder",
                    field.help() == null ? why : why + " " + field.help());
        }
        String key = field.mapping();
        List<String> values = field.value() != null ? values(profile, project, key) : captions(project, key);
        List<String> fileNames = key.startsWith("text:") || key.startsWith("link:") ? List.of() : files.apply(key);
        Limit limit = limit(profile, key);
        List<CheckResult> verdicts = report.results().stream() // the form's fields are the primary listing's
                .filter(r -> r.isPrimary() && key.equals(r.item().field())).toList();
        CheckResult worst = verdicts.stream().max(Comparator.comparingInt(r -> severity(r.state()))).orElse(null);
        String state = state(worst, values, fileNames, limit);
        String message = worst == null || worst.state() == CheckState.PASS ? field.help() : worst.message();
        return new Row(key, page, field.label(), values, fileNames, limit == null ? null : limit.text(),
                limit == null ? null : limit.length(), state, message);
    }

    private static String state(CheckResult worst, List<String> values, List<String> files, Limit limit) {
        boolean empty = values.stream().allMatch(String::isBlank) && files.isEmpty();
        CheckState verdict = worst == null ? CheckState.PASS : worst.state();
        if (empty) {
            return verdict == CheckState.FAIL ? "missing" : "empty";
        }
        return switch (verdict) {
            case FAIL -> limit != null && limit.exceeded(values, files) ? "over-limit" : "fail";
            case WARN -> "warn";
            case CONFIRM -> "confirm";
            case PASS -> "ok";
        };
    }

    private static int severity(CheckState state) {
        return switch (state) {
            case PASS -> 0;
            case WARN -> 1;
            case CONFIRM -> 2;
            case FAIL -> 3;
        };
    }

    /** What is typed for a value key: the text (the description as the marketplace takes it), the link, a list's items. */
    private static List<String> values(Profile profile, Project project, String key) {
        String id = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("link:")) {
            return List.of(project.link(id));
        }
        if (key.startsWith("document:")) {
            return project.documents(id).stream().filter(ref -> !ref.isFile())
                    .map(ref -> ref.isUrl() ? ref.url() : ref.text()).toList();
        }
        if (key.startsWith("contact:")) {
            // one box per field of the contact, in the form's order: name, e-mail, phone
            return profile.contact(id).map(c -> c.fields().stream()
                    .map(f -> project.details().contact(id, f.id())).toList()).orElse(List.of());
        }
        if (key.startsWith("choice:")) {
            return project.details().choices(id).stream().map(c -> c.children().isEmpty() ? c.name()
                    : c.name() + ": " + String.join(", ", c.children())).toList();
        }
        return switch (id) {
            case "appName" -> List.of(project.appName());
            case "summary" -> List.of(project.summary());
            case "description" -> List.of(profile.textField(id)
                    .map(spec -> DescriptionRenderer.render(project.description(), spec).html())
                    .orElse(project.description().source()));
            case "keywords" -> project.keywords().stream().filter(s -> !s.isBlank()).toList();
            case "products" -> project.products().stream().filter(s -> !s.isBlank()).toList();
            default -> List.of(project.details().text(id)); // app version, getting-started instructions...
        };
    }

    /** What is typed beside a files field: each screenshot's caption, each video's name and address. */
    private static List<String> captions(Project project, String key) {
        if (key.equals("media:screenshots")) {
            return project.media().screenshots().stream().map(Screenshot::caption).toList();
        }
        if (key.equals("media:videos")) {
            // two boxes per video, in the form's order: its name, then its address
            return project.media().videos().stream().flatMap(v -> java.util.stream.Stream.of(v.name(), v.address())).toList();
        }
        return List.of();
    }

    /**
     * Files by key as the export bundle names them: logos/ID.png, screenshots/NN-slug.png, the videos' thumbnails,
     * and each document file as {@code documentName} names it (its bundle path, or its own file name).
     */
    static Function<String, List<String>> exportNames(Project project, Function<String, String> documentName) {
        return key -> {
            String id = key.substring(key.indexOf(':') + 1);
            if (key.startsWith("logo:")) {
                return List.of(BundleLayout.logo(id));
            }
            List<String> names = new ArrayList<>();
            if (key.equals("media:screenshots")) {
                List<Screenshot> shots = project.media().screenshots();
                for (int i = 0; i < shots.size(); i++) {
                    names.add(BundleLayout.screenshot(i + 1, MediaFiles.slug(shots.get(i).caption(), shots.get(i).source(), "screenshot")));
                }
            } else if (key.equals("media:videos")) {
                List<Video> videos = project.media().videos();
                for (int i = 0; i < videos.size(); i++) {
                    Video video = videos.get(i);
                    if (video.thumbnail() != null) {
                        names.add(BundleLayout.videoThumbnail(i + 1, MediaFiles.slug(video.name(), video.thumbnail(), "video")));
                    }
                }
            } else if (key.startsWith("document:")) {
                project.documents(id).stream().filter(DocumentRef::isFile).forEach(ref -> names.add(documentName.apply(ref.file())));
            }
            return names;
        };
    }

    /** A field's limit as the form states it, and whether the values or files go over it. */
    private record Limit(String text, Integer length, Integer count) {
        boolean exceeded(List<String> values, List<String> files) {
            return length != null && values.stream().anyMatch(v -> v.length() > length)
                    || count != null && Math.max(values.size(), files.size()) > count;
        }
    }

    private static Limit limit(Profile profile, String key) {
        String id = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("text:")) {
            TextFieldSpec spec = profile.textField(id).orElse(null);
            if (spec == null || spec.maxLength() == null && spec.maxItems() == null) {
                return null;
            }
            if (spec.maxItems() != null) {
                return new Limit("at most " + spec.maxItems(), null, spec.maxItems());
            }
            return new Limit("at most " + spec.maxLength() + " characters" + (spec.countMode() == CountMode.MARKUP ? " with markup" : ""),
                    spec.maxLength(), null);
        }
        if (key.startsWith("media:")) {
            return profile.media().stream().filter(m -> m.id().equals(id)).findFirst()
                    .map(m -> new Limit("at most " + m.maxCount() + ", " + m.width() + "x" + m.height(), null, m.maxCount()))
                    .orElse(null);
        }
        if (key.startsWith("document:")) {
            return profile.document(id).filter(d -> d.maxCount() != null || d.maxTextLength() != null)
                    .map(d -> d.maxCount() != null ? new Limit("at most " + d.maxCount(), null, d.maxCount())
                            : new Limit("text: at most " + d.maxTextLength() + " characters", d.maxTextLength(), null)).orElse(null);
        }
        if (key.startsWith("choice:")) {
            return profile.enumeration(id).filter(e -> e.maxItems() != null)
                    .map(e -> new Limit("at most " + e.maxItems(), null, e.maxItems())).orElse(null);
        }
        if (key.startsWith("logo:")) {
            return profile.slot(id).map(s -> new Limit(s.width() + "x" + s.height() + " " + s.format().toUpperCase(java.util.Locale.ROOT), null, null)).orElse(null);
        }
        return null;
    }
}
