package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile SVGs: nothing is fetched, nothing expands, nothing huge is allocated, and each one ends quickly. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SvgSecurityTest {
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startLoopbackServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] png = PngEncoder.encode(TestImages.filled(8, 8, 0xFF00FF00));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Decodes and renders a slot; a refusal is fine, any other exception is not. */
    private static BufferedImage readAndRender(String svg) {
        try {
            SourceImage image = ImageDecoder.read(svg.getBytes(StandardCharsets.UTF_8), "hostile.svg");
            assertThat((long) image.width() * image.height()).isLessThanOrEqualTo(1024L * 1024);
            return SlotRenderer.render(image, TestImages.slot(255, 115), SlotSettings.defaults().withTrim(false))
                    .image();
        } catch (ImagingException e) {
            assertThat(e.getMessage()).contains("hostile.svg");
            return null;
        }
    }

    @Test
    void externalReferencesAreNeverFetched(@TempDir Path dir) throws Exception {
        Path localPng = dir.resolve("green.png");
        Files.write(localPng, PngEncoder.encode(TestImages.filled(8, 8, 0xFF00FF00)));
        String file = localPng.toUri().toString();
        String[] hostile = {
            "<image href=\"" + base + "/a.png\" width=\"40\" height=\"40\"/>",
            "<image xlink:href=\"" + base + "/b.png\" width=\"40\" height=\"40\"/>",
            "<image href=\"" + file + "\" width=\"40\" height=\"40\"/>",
            "<image href=\"file:///etc/passwd\" width=\"40\" height=\"40\"/>",
            "<use href=\"" + base + "/c.svg#x\"/>",
            "<rect width=\"40\" height=\"40\" fill=\"url(" + base + "/d.svg#p)\"/>",
            "<style>@import url(" + base + "/e.css); rect { fill: url(" + base + "/f.svg#g) }</style>"
                    + "<rect width=\"40\" height=\"40\"/>",
            "<rect width=\"40\" height=\"40\" style=\"filter:url(" + base + "/h.svg#f)\"/>",
        };
        for (String element : hostile) {
            BufferedImage slot = readAndRender("<svg " + NS + " viewBox=\"0 0 40 40\">" + element + "</svg>");
            if (slot != null) {
                assertThat(slot.getRGB(127, 57) & 0xFF00FF00).as("no loaded green in %s", element)
                        .isNotEqualTo(0xFF00FF00);
            }
        }
        assertThat(requests.get()).as("requests that reached the loopback server").isZero();
    }

    @Test
    void externalDtdsAndEntitiesAreNotLoaded() {
        readAndRender("<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"" + base + "/x.dtd\"><svg " + NS
                + " viewBox=\"0 0 4 4\"/>");
        readAndRender("<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"" + base + "/y.dtd\"> %remote;]><svg " + NS
                + " viewBox=\"0 0 4 4\"/>");
        assertThat(requests.get()).isZero();
        assertThatThrownBy(() -> ImageDecoder.read(("<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg " + NS + " viewBox=\"0 0 4 4\"><text>&xxe;</text></svg>").getBytes(StandardCharsets.UTF_8),
                "xxe.svg")).isInstanceOf(ImagingException.class).hasMessageContaining("entities");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doctype.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            doctype.append("\">");
        }
        String svg = doctype + "]><svg " + NS + " viewBox=\"0 0 4 4\"><text>&lol9;</text></svg>";
        assertThatThrownBy(() -> ImageDecoder.read(svg.getBytes(StandardCharsets.UTF_8), "lol.svg"))
                .isInstanceOf(ImagingException.class);
    }

    @Test
    void hugeDimensionsAllocateOnlyThePreviewAndTheSlot() {
        for (String size : new String[] {
                "width=\"1000000000\" height=\"1000000000\"",
                "viewBox=\"0 0 1e30 1e30\"",
                "width=\"100000000\" height=\"1\"",
                "width=\"1\" height=\"100000000\""}) {
            BufferedImage slot = readAndRender("<svg " + NS + " " + size + "><defs><filter id=\"b\">"
                    + "<feGaussianBlur stdDeviation=\"50000000\"/></filter></defs>"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#C01F3A\" filter=\"url(#b)\"/></svg>");
            if (slot != null) {
                assertThat(slot.getWidth()).isEqualTo(255);
            }
        }
    }

    @Test
    void deepNestingAndUseBombsEndQuickly() {
        StringBuilder deep = new StringBuilder("<svg " + NS + " viewBox=\"0 0 4 4\">");
        deep.append("<g>".repeat(50_000)).append("<rect width=\"4\" height=\"4\"/>").append("</g>".repeat(50_000));
        readAndRender(deep.append("</svg>").toString());

        // Each level uses the previous one ten times: 10^12 rectangles if expanded.
        StringBuilder uses = new StringBuilder("<svg " + NS + " viewBox=\"0 0 4 4\"><defs>"
                + "<rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (int i = 1; i <= 12; i++) {
            uses.append("<g id=\"u").append(i).append("\">");
            for (int j = 0; j < 10; j++) {
                uses.append("<use href=\"#u").append(i - 1).append("\"/>");
            }
            uses.append("</g>");
        }
        readAndRender(uses.append("</defs><use href=\"#u12\"/></svg>").toString());

        // A use that refers to itself through its parent.
        readAndRender("<svg " + NS + " viewBox=\"0 0 4 4\"><g id=\"a\"><use href=\"#a\"/></g></svg>");
    }
}
