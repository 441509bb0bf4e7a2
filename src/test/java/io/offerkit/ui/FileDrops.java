package io.offerkit.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Files dropped from another application onto a node, as the platform delivers them: a {@code DRAG_OVER} then a
 * {@code DRAG_DROPPED} at the node's centre, carrying a dragboard that holds the files. A robot cannot start a drag
 * from outside the app (Monocle has no other app), so the events are made here; they go through the scene's normal
 * dispatch from {@code target} up, as a real drop does. Call on the FX thread.
 */
public final class FileDrops {
    /** What the node's handlers said: whether the drag over it was accepted and whether the drop was taken. */
    public record Outcome(boolean accepted, boolean completed) {
    }

    private FileDrops() {
    }

    public static Outcome drop(Node target, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesBoard(files.stream().map(Path::toFile).toList()));
        Point2D local = new Point2D(target.getLayoutBounds().getCenterX(), target.getLayoutBounds().getCenterY());
        Point2D scene = target.localToScene(local);
        Point2D screen = target.localToScreen(local);
        DragEvent over = event(DragEvent.DRAG_OVER, board, scene, screen);
        Event.fireEvent(target, over);
        DragEvent dropped = event(DragEvent.DRAG_DROPPED, board, scene, screen);
        Event.fireEvent(target, dropped);
        return new Outcome(over.isAccepted(), dropped.isDropCompleted());
    }

    /** The platform's side of a dragboard from another application: it holds files and offers copy or move. */
    private record FilesBoard(List<File> files) implements TKClipboard {
        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Dragboard board, Point2D scene, Point2D screen) {
        return new DragEvent(type, board, scene.getX(), scene.getY(), screen == null ? 0 : screen.getX(),
                screen == null ? 0 : screen.getY(), TransferMode.COPY, null, null, null);
    }
}
