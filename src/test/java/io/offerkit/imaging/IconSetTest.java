package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.SourceImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed icons are exactly what the SVG master renders to, and the containers are well formed. */
class IconSetTest {
    private static final Path ICONS = Path.of("icons");

    @Test
    void committedIconsMatchAFreshRenderingOfTheMaster() throws Exception {
        Map<String, byte[]> rendered = IconSet.render(ImageDecoder.read(ICONS.resolve("offerkit.svg")));
        assertThat(rendered).hasSize(IconSet.PNG_SIZES.size() + 2);
        for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
            assertThat(Files.readAllBytes(ICONS.resolve(file.getKey())))
                    .as(file.getKey() + " is stale: run java -jar target/offerkit.jar icons")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyPngHasItsSizeAndTheContainersListTheirEntries() throws Exception {
        Map<String, byte[]> rendered = IconSet.render(ImageDecoder.read(ICONS.resolve("offerkit.svg")));
        for (int size : IconSet.PNG_SIZES) {
            SourceImage png = ImageDecoder.read(rendered.get("png/offerkit-" + size + ".png"), "icon");
            assertThat(png.width()).isEqualTo(size);
            assertThat(png.height()).isEqualTo(size);
            assertThat(png.facts().alphaUsed()).isTrue();
        }
        ByteBuffer ico = ByteBuffer.wrap(rendered.get("offerkit.ico")).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) IconSet.ICO_SIZES.size());
        int lastOffset = ico.getInt(6 + 16 * (IconSet.ICO_SIZES.size() - 1) + 12);
        int lastSize = ico.getInt(6 + 16 * (IconSet.ICO_SIZES.size() - 1) + 8);
        assertThat(lastOffset + lastSize).isEqualTo(ico.capacity());

        byte[] icns = rendered.get("offerkit.icns");
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ByteBuffer.wrap(icns).getInt(4)).isEqualTo(icns.length);
        int offset = 8;
        int entries = 0;
        while (offset < icns.length) {
            offset += ByteBuffer.wrap(icns).getInt(offset + 4);
            entries++;
        }
        assertThat(offset).isEqualTo(icns.length);
        assertThat(entries).isEqualTo(IconSet.ICNS_TYPES.size());
    }
}
