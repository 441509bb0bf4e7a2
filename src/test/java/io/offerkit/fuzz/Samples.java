package io.offerkit.fuzz;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Valid files of every kind OfferKit reads, made in code, for the fuzzers to damage. Each is built once. */
final class Samples {
    static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    static final Profile PROFILE = PROFILES.defaultProfile();

    private Samples() {
    }

    static BufferedImage logo(int type) {
        BufferedImage image = new BufferedImage(48, 32, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x20, 0x60, 0xC0));
        g.fillRect(0, 0, 48, 32);
        g.setColor(Color.ORANGE);
        g.fillOval(8, 4, 24, 24);
        g.dispose();
        return image;
    }

    static byte[] png() {
        return PngEncoder.encode(logo(BufferedImage.TYPE_INT_ARGB));
    }

    /** JPEG, GIF, BMP or TIFF through ImageIO's own writers. */
    static byte[] imageIo(String format) {
        int type = format.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(logo(type), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] svg() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" width="100" height="60">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#2060c0"/><stop offset="1" stop-color="#fa0"/></linearGradient></defs>
                  <rect width="100" height="60" fill="url(#g)"/>
                  <g transform="translate(10 10)"><circle cx="20" cy="20" r="18" fill="orange"/><use href="#g"/></g>
                  <text x="50" y="40" font-size="12">Contoso</text>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** The demo project written to {@code dir}, with its logo and documents beside it. */
    static Path demoProject(Path dir) {
        try {
            return DemoProject.write(dir);
        } catch (Exception e) {
            throw new IllegalStateException("the demo project could not be written", e);
        }
    }

    static byte[] projectFile(Path dir) {
        try {
            Path file = demoProject(dir);
            Project project = ProjectFiles.read(file);
            return ProjectFiles.toBytes(project, file.getParent());
        } catch (Exception e) {
            throw new IllegalStateException("the demo project could not be read back", e);
        }
    }

    static byte[] bundleZip(Path dir) {
        try {
            Project project = ProjectFiles.read(demoProject(dir.resolve("demo")));
            Path zip = Exporter.export(PROFILE, project, LogoSetRenderer.render(PROFILE, project.logo()), "fuzz",
                    dir.resolve("bundle.zip"), ExportProgress.NONE);
            return Files.readAllBytes(zip);
        } catch (Exception e) {
            throw new IllegalStateException("the demo bundle could not be exported", e);
        }
    }

    static byte[] profileJson() {
        try (InputStream in = Samples.class.getResourceAsStream(
                "/io/offerkit/profiles/" + ProfileRegistry.DEFAULT_PROFILE_ID + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText("Contoso Route Planner - Terms of Use");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown() {
        return """
                # Contoso Route Planner

                Plan **technician routes** from _Dynamics 365_ work orders.

                - Optimised routes
                - [Help](https://contoso.example/help)

                <p>Inline <b>HTML</b> and <script>x()</script></p>

                1. First
                2. Second

                > Quote with `code` and ![img](logo.png)
                """;
    }

    static String html() {
        return "<h2>Contoso</h2><p>Plan <b>routes</b> and <i>visits</i>.</p><ul><li>One</li><li>Two</li></ul>"
                + "<table><tr><td>x</td></tr></table><a href=\"https://x\">link</a><!-- note --><br/>";
    }
}
