package io.offerkit.demo;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.project.Crop;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's listing media: three captures of the app ({@link DemoScreens}) as screenshots with captions, framed and
 * redacted the way a user would in the app, and a product tour on YouTube with its title-card thumbnail.
 */
final class DemoMedia {
    private static final String ROUTES = "captures/route-board.png";
    private static final String ORDERS = "captures/work-orders.png";
    private static final String DASHBOARD = "captures/dashboard.png";
    private static final String THUMBNAIL = "captures/product-tour-thumbnail.png";
    /** The files {@link #write} writes, relative to the demo's folder. */
    static final List<String> FILES = List.of(ROUTES, ORDERS, DASHBOARD, THUMBNAIL);
    /** An 11-character YouTube id of the form the marketplace takes; the demo's tour is not a real video. */
    static final String TOUR = "https://www.youtube.com/watch?v=C0nt0s0Rp1A";

    private DemoMedia() {
    }

    /** Writes the captures and the thumbnail into {@code dir} and returns the media that uses them. */
    static Media write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("captures"));
        Path routes = png(dir.resolve(ROUTES), DemoScreens.routeBoard());
        Path orders = png(dir.resolve(ORDERS), DemoScreens.workOrders());
        Path dashboard = png(dir.resolve(DASHBOARD), DemoScreens.dashboard());
        Path thumbnail = png(dir.resolve(THUMBNAIL), DemoScreens.tourThumbnail());
        // The laptop capture is 16:10: its 16:9 crop keeps the header and drops the status line at the bottom.
        Framing cropped = Framing.defaults().withCrop(Crop.largest(1920, 1200, 16.0 / 9.0, 0.5, 0.0));
        Rectangle email = DemoScreens.emailInWorkOrders();
        Redaction hidden = new Redaction(email.x, email.y, email.width, email.height, Redaction.Style.FILL);
        return new Media(List.of(
                new Screenshot(routes.toString(), "See every route of the day on one live map",
                        cropped, List.of()),
                new Screenshot(orders.toString(), "Open a work order and put it on a route in one click",
                        Framing.defaults(), List.of(hidden)),
                new Screenshot(dashboard.toString(), "Track visits, on-time rate and drive time as routes improve",
                        Framing.defaults(), List.of())),
                List.of(new Video("Product tour", TOUR, thumbnail.toString(), Framing.defaults())));
    }

    private static Path png(Path file, BufferedImage image) throws IOException {
        return Files.write(file, PngEncoder.encode(image));
    }
}
