package io.offerkit.ui.shell;

import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.session.ProjectSession;

/**
 * What a section's page is made with: the open session, the app's executor and status line, the live logos and the
 * checklist that every section shares, and the window's disk watch and export to hook into.
 */
public record SectionContext(ProjectSession session, BackgroundWork executor, StatusMessages status, LiveLogoSet logos,
                             ChecklistViewModel checklist, DiskWatchViewModel diskWatch, ExportViewModel export) {
}
