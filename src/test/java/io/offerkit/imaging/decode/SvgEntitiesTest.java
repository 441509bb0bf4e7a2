package io.offerkit.imaging.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Illustrator's text entities open; every dangerous use of entities is still refused. */
class SvgEntitiesTest {
    /** The head Adobe Illustrator writes into "SVG 1.1" exports, with a style entity as some versions add. */
    static final String ILLUSTRATOR = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
            \t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">
            \t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
            \t<!ENTITY ns_graphs "http://ns.adobe.com/Graphs/1.0/">
            \t<!ENTITY ns_vars "http://ns.adobe.com/Variables/1.0/">
            \t<!ENTITY st0 "fill:#E3120B;">
            ]>
            <svg version="1.1" id="Layer_1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns:graph="&ns_graphs;"
            \t xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
            \t width="100px" height="50px" viewBox="0 0 100 50" xml:space="preserve">
            <rect x="0" y="0" width="50" height="50" style="&st0;"/>
            <text x="60" y="30">A&amp;B</text>
            </svg>
            """;

    @Test
    void anIllustratorExportOpensWithItsEntitiesApplied() throws Exception {
        SourceImage image = ImageDecoder.read(ILLUSTRATOR.getBytes(StandardCharsets.UTF_8), "logo-ai.svg");
        assertThat(image.facts().width()).isEqualTo(100);
        assertThat(image.facts().height()).isEqualTo(50);
        int[] argb = ArgbPixels.of(image.pixels());
        int w = image.pixels().getWidth();
        int h = image.pixels().getHeight();
        // The rect's colour came from the &st0; entity: the left half is red, the right half transparent.
        assertThat(argb[(h / 2) * w + w / 4]).isEqualTo(0xFFE3120B);
        assertThat(argb[(h / 8) * w + w - 2] >>> 24).isZero();
    }

    @Test
    void expansionDropsTheDoctypeAndKeepsPredefinedEntities() throws Exception {
        String out = SvgEntities.expand(ILLUSTRATOR, "x.svg");
        assertThat(out).doesNotContain("<!DOCTYPE", "<!ENTITY", "&ns_ai;", "&st0;")
                .contains("xmlns:i=\"http://ns.adobe.com/AdobeIllustrator/10.0/\"", "style=\"fill:#E3120B;\"", "A&amp;B")
                .startsWith("<?xml");
    }

    @Test
    void quotesInAValueCannotBreakOutOfAnAttribute() throws Exception {
        String svg = "<!DOCTYPE svg [<!ENTITY q 'a\" onload=\"x'>]><svg a=\"&q;\"/>";
        assertThat(SvgEntities.expand(svg, "q.svg")).isEqualTo("<svg a=\"a&quot; onload=&quot;x\"/>");
    }

    @Test
    void aDocumentWithoutEntitiesIsReturnedAsItIs() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assertThat(SvgEntities.expand(svg, "a.svg")).isSameAs(svg);
    }

    @Test
    void externalParameterNestedAndOtherDeclarationsAreRefused() {
        for (String doctype : new String[] {
                "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE svg [<!ENTITY xxe PUBLIC \"-//x\" \"http://127.0.0.1/x\">]>",
                "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"http://127.0.0.1/y.dtd\"> %p;]>",
                "<!DOCTYPE svg [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]>",
                "<!DOCTYPE svg [<!ENTITY a \"<g/>\">]>",
                "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"x\"><!ENTITY a \"b\">]>",
                "<!DOCTYPE svg [<!ENTITY a \"b\">",
                "<svg><!ENTITY a \"b\">"}) {
            assertThatThrownBy(() -> SvgEntities.expand(doctype + "<svg>&a;</svg>", "bad.svg"))
                    .as(doctype).isInstanceOf(ImagingException.class).hasMessageContaining("bad.svg").hasMessageContaining("safety");
        }
    }

    @Test
    void countLengthAndGrowthAreBounded() {
        StringBuilder many = new StringBuilder("<!DOCTYPE svg [");
        for (int i = 0; i <= SvgEntities.MAX_ENTITIES; i++) {
            many.append("<!ENTITY e").append(i).append(" \"x\">");
        }
        assertThatThrownBy(() -> SvgEntities.expand(many + "]><svg/>", "many.svg")).isInstanceOf(ImagingException.class);
        String longValue = "<!DOCTYPE svg [<!ENTITY a \"" + "x".repeat(SvgEntities.MAX_VALUE + 1) + "\">]><svg/>";
        assertThatThrownBy(() -> SvgEntities.expand(longValue, "long.svg")).isInstanceOf(ImagingException.class);
        // Within each limit, but 8000 references to a 1 KB value would add 8 MB of text.
        String growth = "<!DOCTYPE svg [<!ENTITY a \"" + "x".repeat(SvgEntities.MAX_VALUE) + "\">]><svg>"
                + "&a;".repeat(8000) + "</svg>";
        assertThatThrownBy(() -> SvgEntities.expand(growth, "grow.svg")).isInstanceOf(ImagingException.class)
                .hasMessageContaining("far more text");
    }
}
