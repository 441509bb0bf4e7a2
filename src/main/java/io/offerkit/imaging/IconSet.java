package io.offerkit.imaging;

import io.offerkit.common.AtomicFiles;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.SlotSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's icon set, made from one SVG master by OfferKit's own renderer: a PNG per size (16-1024), a
 * Windows {@code .ico} and a macOS {@code .icns} (both hold PNG entries, which every current system reads). The
 * output depends only on the master, so the committed icons can be checked against a fresh rendering.
 */
public final class IconSet {
    public static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** ICNS entry types for PNG data, by pixel size. */
    static final Map<Integer, String> ICNS_TYPES = orderedIcnsTypes();

    private IconSet() {
    }

    private static Map<Integer, String> orderedIcnsTypes() {
        Map<Integer, String> types = new LinkedHashMap<>();
        types.put(16, "icp4");
        types.put(32, "icp5");
        types.put(64, "icp6");
        types.put(128, "ic07");
        types.put(256, "ic08");
        types.put(512, "ic09");
        types.put(1024, "ic10");
        return types;
    }

    /** Every file of the set by its path relative to the icons folder. */
    public static Map<String, byte[]> render(SourceImage master) {
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            ImageSlot slot = new ImageSlot("icon-" + size, "Icon", size, size, "png", true, null, null, null, null, false, null);
            pngs.put(size, PngEncoder.encode(SlotRenderer.render(master, slot, SlotSettings.defaults()).image()));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        pngs.forEach((size, png) -> files.put("png/offerkit-" + size + ".png", png));
        files.put("offerkit.ico", ico(pngs));
        files.put("offerkit.icns", icns(pngs));
        return files;
    }

    public static void write(Path svgMaster, Path iconsDir) throws ImagingException, IOException {
        for (Map.Entry<String, byte[]> file : render(ImageDecoder.read(svgMaster)).entrySet()) {
            AtomicFiles.write(iconsDir.resolve(file.getKey()), file.getValue());
        }
    }

    static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = ICO_SIZES.size();
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * count).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) count);
        int offset = 6 + 16 * count;
        for (int size : ICO_SIZES) {
            byte[] png = pngs.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)) // 0 means 256
                    .put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32)
                    .putInt(png.length).putInt(offset);
            offset += png.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.writeBytes(header.array());
        ICO_SIZES.forEach(size -> out.writeBytes(pngs.get(size)));
        return out.toByteArray();
    }

    static byte[] icns(Map<Integer, byte[]> pngs) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ICNS_TYPES.forEach((size, type) -> {
            byte[] png = pngs.get(size);
            body.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(ByteBuffer.allocate(4).putInt(png.length + 8).array());
            body.writeBytes(png);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.size() + 8).array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
