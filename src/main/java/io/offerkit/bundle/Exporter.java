package io.offerkit.bundle;

import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.document.DocumentInspector;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.lint.LintSettings;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exports a project as a bundle: a ZIP when the target ends in {@code .zip}, a folder otherwise. A project with
 * failing or unconfirmed items is exported as a draft (the caller asks the user first); the mark is in
 * {@code offer.json} and {@code report.html}.
 */
public final class Exporter {
    private Exporter() {
    }

    public static Path export(Profile profile, Project project, LogoSet logos, String toolVersion, Path target,
                              ExportProgress progress) throws BundleException {
        return export(profile, project, logos, toolVersion, target, false, progress);
    }

    /**
     * As above; {@code replace} allows replacing an earlier OfferKit export at the target. The files are read once
     * here; {@link #prepare} also makes the logos and the checklist from that one read.
     */
    public static Path export(Profile profile, Project project, LogoSet logos, String toolVersion, Path target,
                              boolean replace, ExportProgress progress) throws BundleException {
        CheckReport report = CheckEngine.evaluate(profile, project, logos);
        return export(project, new Prepared(profile, new SourceFiles(DocumentInspector.MAX_BYTES), logos, report),
                toolVersion, target, replace, progress);
    }

    /**
     * What an export states about a project, all from one read of each file it names: the logos are rendered from
     * the bytes that go into {@code sources/}, the documents are inspected from the bytes that go into
     * {@code legal/} and {@code documents/}, and {@code offer.json} hashes those same bytes. A logo or document
     * replaced, truncated or deleted on disk while the project is open is therefore either exported consistently as
     * it is now, or reported (missing, unreadable) in the checklist and refused by the build; never mixed.
     */
    public record Prepared(Profile profile, SourceFiles files, LogoSet logos, CheckReport report) {
    }

    /** Reads the project's files once and renders the logos and evaluates the checklist from those bytes. */
    public static Prepared prepare(Profile profile, Project project) {
        return prepare(profile, project, LintSettings.defaults());
    }

    /** As above, the text checks at the user's levels {@code lints} (as the checklist showed them). */
    public static Prepared prepare(Profile profile, Project project, LintSettings lints) {
        SourceFiles files = new SourceFiles(DocumentInspector.MAX_BYTES);
        LogoSet logos = LogoSetRenderer.render(profile, project.logo(), path -> decode(files, path));
        return new Prepared(profile, files, logos, CheckEngine.evaluate(profile, project, logos, files, lints));
    }

    /** A project image from the bytes the export read once ({@code files}); the logos and the media share it. */
    static SourceImage decode(SourceFiles files, Path path) throws ImagingException {
        String name = String.valueOf(path.getFileName());
        try {
            return ImageDecoder.read(files.read(path.toString()), name);
        } catch (NoSuchFileException e) {
            throw new ImagingException("The image " + path + " does not exist.", e);
        } catch (IOException e) {
            throw new ImagingException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Exports what {@link #prepare} read: the bundle's files, checksums and checklist agree byte for byte. */
    public static Path export(Project project, Prepared prepared, String toolVersion, Path target,
                              ExportProgress progress) throws BundleException {
        return export(project, prepared, toolVersion, target, false, progress);
    }

    /**
     * As above; {@code replace} allows replacing an earlier OfferKit export at {@code target} (the user was asked, or
     * passed {@code --replace}). A target holding anything else is refused before anything is read or written.
     */
    public static Path export(Project project, Prepared prepared, String toolVersion, Path target, boolean replace,
                              ExportProgress progress) throws BundleException {
        ExportTarget.of(target).check(replace);
        CheckReport report = prepared.report();
        BundleBuilder.Context context = new BundleBuilder.Context(prepared.profile(), prepared.logos(), report,
                toolVersion, !report.ready(), prepared.files());
        Bundle bundle = BundleBuilder.build(project, context, progress);
        if (progress.cancelled()) {
            throw new BundleException("Export cancelled; nothing was written.");
        }
        // Again just before writing: the folder may have been filled while the bundle was being built.
        Path absolute = ExportTarget.of(target).check(replace).path();
        try {
            if (isZip(absolute)) {
                BundleWriter.writeZip(bundle, absolute);
            } else {
                BundleWriter.writeFolder(bundle, absolute);
            }
        } catch (IOException e) {
            throw new BundleException("Could not export to " + absolute + ": " + describe(e)
                    + ". Nothing was written; choose another place or free some space and try again.", e);
        }
        progress.step(1, 1, "Exported");
        return absolute;
    }

    public static boolean isZip(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied for " + e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
