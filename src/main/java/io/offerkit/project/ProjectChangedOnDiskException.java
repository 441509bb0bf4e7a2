package io.offerkit.project;

/**
 * A save refused because the project file on disk is no longer the one this session read or last saved: another
 * program (a colleague's sync, an editor, a second OfferKit window) changed it. Nothing was written; the caller asks
 * the user whether to overwrite that change or keep both by saving aside ({@link ProjectFiles#asideOf}).
 */
public class ProjectChangedOnDiskException extends ProjectException {
    private static final long serialVersionUID = 1L;

    public ProjectChangedOnDiskException(String message) {
        super(message);
    }
}
