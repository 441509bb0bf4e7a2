package io.offerkit.fuzz;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    /** A PSD with only its composite image, 8-bit RGBA, raw planes or PackBits rows (as Photoshop saves it). */
    static byte[] psd(boolean packBits) {
        BufferedImage image = logo(BufferedImage.TYPE_INT_ARGB);
        int w = image.getWidth();
        int h = image.getHeight();
        int channels = 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        try {
            data.writeBytes("8BPS");
            data.writeShort(1);
            data.write(new byte[6]);
            data.writeShort(channels);
            data.writeInt(h);
            data.writeInt(w);
            data.writeShort(8);
            data.writeShort(3); // RGB
            data.writeInt(0); // colour mode data
            data.writeInt(0); // image resources
            data.writeInt(0); // layer and mask information
            data.writeShort(packBits ? 1 : 0);
            int[] shifts = {16, 8, 0, 24};
            byte[][] rows = new byte[channels * h][];
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < h; y++) {
                    byte[] row = new byte[w];
                    for (int x = 0; x < w; x++) {
                        row[x] = (byte) (image.getRGB(x, y) >>> shifts[c]);
                    }
                    rows[c * h + y] = packBits ? packBits(row) : row;
                }
            }
            if (packBits) {
                for (byte[] row : rows) {
                    data.writeShort(row.length);
                }
            }
            for (byte[] row : rows) {
                data.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** PackBits: runs of equal bytes as (1 - n, byte), the rest as literal groups (n - 1, bytes...). */
    private static byte[] packBits(byte[] row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < row.length) {
            int run = 1;
            while (i + run < row.length && run < 128 && row[i + run] == row[i]) {
                run++;
            }
            if (run >= 3) {
                out.write(1 - run);
                out.write(row[i]);
                i += run;
            } else {
                int start = i;
                int n = 0;
                while (i < row.length && n < 128 && !(i + 2 < row.length && row[i] == row[i + 1] && row[i] == row[i + 2])) {
                    i++;
                    n++;
                }
                out.write(n - 1);
                out.write(row, start, n);
            }
        }
        return out.toByteArray();
    }

    /** An icon with two entries: a 16x16 32-bit bitmap (DIB, height doubled, AND mask) and a 48x32 PNG. */
    static byte[] ico() {
        BufferedImage small = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        small.getGraphics().drawImage(logo(BufferedImage.TYPE_INT_ARGB), 0, 0, 16, 16, null);
        int maskRow = 4;
        ByteBuffer dib = ByteBuffer.allocate(40 + 16 * 16 * 4 + maskRow * 16)
                .order(ByteOrder.LITTLE_ENDIAN);
        dib.putInt(40).putInt(16).putInt(32).putShort((short) 1).putShort((short) 32).putInt(0).putInt(0)
                .putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = 15; y >= 0; y--) {
            for (int x = 0; x < 16; x++) {
                dib.putInt(small.getRGB(x, y));
            }
        }
        byte[][] entries = {dib.array(), png()};
        int[][] sizes = {{16, 16}, {48, 32}};
        int size = 6 + 16 * entries.length + entries[0].length + entries[1].length;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) entries.length);
        int offset = 6 + 16 * entries.length;
        for (int i = 0; i < entries.length; i++) {
            b.put((byte) sizes[i][0]).put((byte) sizes[i][1]).put((byte) 0).put((byte) 0).putShort((short) 1)
                    .putShort((short) 32).putInt(entries[i].length).putInt(offset);
            offset += entries[i].length;
        }
        for (byte[] e : entries) {
            b.put(e);
        }
        return b.array();
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
