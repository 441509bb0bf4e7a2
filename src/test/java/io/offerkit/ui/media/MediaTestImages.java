package io.offerkit.ui.media;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.session.ProjectSession;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Captures made in code for the media room's tests: each a solid colour with its number, so order shows. */
final class MediaTestImages {
    static final String CAPTION_PROFILE = "test-captions-20";

    private MediaTestImages() {
    }

    static Path capture(Path dir, String name, int width, int height, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 8);
        g.dispose();
        return Files.write(dir.resolve(name), PngEncoder.encode(image));
    }

    /** {@code count} 1280x720 captures, "capture-1.png"..., in distinct colours. */
    static List<Path> captures(Path dir, int count) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(capture(dir, "capture-" + i + ".png", 1280, 720, 0x203040 + i * 0x201008));
        }
        return files;
    }

    /** Partner Center's profile with a 20-character caption limit, loaded into the session's registry. */
    static void useCaptionLimit(ProjectSession session, Path dir) throws Exception {
        String json;
        try (InputStream in = ProfileRegistry.class.getResourceAsStream("/io/offerkit/profiles/partner-center-d365.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = json.replaceFirst("\"id\": \"partner-center-d365\"", "\"id\": \"" + CAPTION_PROFILE + "\"")
                .replaceFirst("\"captionRequired\": true,", "\"captionRequired\": true, \"captionMaxLength\": 20,");
        session.registry().load(Files.writeString(dir.resolve("captions.json"), json));
        session.update(p -> p.withProfileId(CAPTION_PROFILE));
    }
}
