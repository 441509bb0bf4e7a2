package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The main window's very first frame: the outline of the shell - menu strip, navigation, section area, checklist
 * column, status strip - in the theme's colours, with the brand in the navigation and "Opening {file}…" where the
 * section will be. It is built from
 * plain regions and one text node, so JavaFX has no stylesheet to load, parse or apply for it: the window appears
 * about as soon as an empty one would, and {@link MainWindow#opening} takes its place a few frames later, at the
 * same size, with the same colours in the same places. The sizes and colours are the stylesheets' (offerkit.css,
 * AtlantaFX's Primer Light and Dark); {@code ShellSkeletonTest} holds them to the real shell's.
 */
public final class ShellSkeleton {
    static final double MENU_HEIGHT = 36;
    static final double NAVIGATION_WIDTH = 204;
    static final double CHECKLIST_WIDTH = 320;
    static final double STATUS_HEIGHT = 29;

    /** The colours of one theme, as its stylesheets paint the shell. */
    record Palette(Color menu, Color menuLine, Color navigation, Color navigationLine, Color section, Color panel,
                   Color line, Color muted) {
        static final Palette LIGHT = new Palette(Color.web("#f6f8fa"), Color.web("#d0d7de"), Color.web("#1f2937"),
                Color.web("#1f2937"), Color.web("#f6f8fa"), Color.web("#ffffff"), Color.web("#d0d7de"),
                Color.web("#57606a"));
        static final Palette DARK = new Palette(Color.web("#161b22"), Color.web("#21262d"), Color.web("#0d1117"),
                Color.web("#30363d"), Color.web("#161b22"), Color.web("#0d1117"), Color.web("#30363d"), Color.web("#8b949e"));
    }

    private ShellSkeleton() {
    }

    /** The outline for a window opening {@code what} (a file name), in the dark or the light theme. */
    public static Region create(String what, boolean dark) {
        Palette palette = dark ? Palette.DARK : Palette.LIGHT;
        Text opening = new Text(Messages.format("app.opening", what));
        opening.setFont(Font.font(13));
        opening.setFill(palette.muted());
        StackPane section = new StackPane(opening);
        section.setBackground(fill(palette.section()));

        BorderPane outline = new BorderPane(section);
        outline.setId("shellSkeleton");
        outline.setTop(strip(palette.menu(), palette.menuLine(), new BorderWidths(0, 0, 1, 0), MENU_HEIGHT));
        outline.setBottom(strip(palette.panel(), palette.line(), new BorderWidths(1, 0, 0, 0), STATUS_HEIGHT));
        Region navigation = column(palette.navigation(), palette.navigationLine(), new BorderWidths(0, 1, 0, 0),
                NAVIGATION_WIDTH);
        outline.setLeft(new StackPane(navigation, brand()));
        outline.setRight(column(palette.panel(), palette.line(), new BorderWidths(0, 0, 0, 1), CHECKLIST_WIDTH));
        outline.setBackground(fill(palette.section()));
        return outline;
    }

    /** The navigation's brand, where {@code Navigation} puts it. */
    private static VBox brand() {
        Text name = new Text(Messages.text("app.name"));
        name.setFont(Font.font(null, FontWeight.BOLD, 19));
        name.setFill(Color.WHITE);
        Text tagline = new Text(Messages.text("app.tagline"));
        tagline.setFont(Font.font(11.5));
        tagline.setFill(Color.web("#9ca3af"));
        VBox brand = new VBox(1, name, tagline);
        brand.setPadding(new Insets(21, 20, 0, 20));
        brand.setMouseTransparent(true);
        return brand;
    }

    private static Region strip(Color colour, Color line, BorderWidths lineSide, double height) {
        Region strip = area(colour, line, lineSide);
        strip.setMinHeight(height);
        strip.setPrefHeight(height);
        return strip;
    }

    private static Region column(Color colour, Color line, BorderWidths lineSide, double width) {
        Region column = area(colour, line, lineSide);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    /** A filled region with a one-pixel line on the given side, as the shell's stylesheet draws its parts. */
    private static Region area(Color colour, Color line, BorderWidths lineSide) {
        Region area = new Region();
        area.setBackground(fill(colour));
        area.setBorder(new Border(new BorderStroke(line, BorderStrokeStyle.SOLID, CornerRadii.EMPTY, lineSide)));
        return area;
    }

    private static Background fill(Color colour) {
        return new Background(new BackgroundFill(colour, CornerRadii.EMPTY, Insets.EMPTY));
    }
}
