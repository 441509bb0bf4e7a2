package io.offerkit.imaging;

import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.imaging.png.PngHeader;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks existing images against a profile's slots, as a designer dropping files needs: for each file its facts,
 * which slots it satisfies, and exactly why it does not satisfy the others; and whether it is one of the listing's
 * screenshots or video thumbnails ({@link MediaMatch}), or close to being one.
 */
public final class ImageInspector {
    static final String WRONG_SIZE = "wrong size";

    private ImageInspector() {
    }

    public static Inspection inspect(Path file, Profile profile) {
        byte[] data;
        try {
            if (Files.size(file) > ImageDecoder.MAX_FILE_BYTES) {
                return Inspection.unreadable(file, "larger than " + ByteSizes.wholeMegabytes(ImageDecoder.MAX_FILE_BYTES));
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Inspection.unreadable(file, "no such file");
        } catch (IOException e) {
            return Inspection.unreadable(file, "cannot be read: " + e.getMessage());
        }
        String format = ImageFormats.sniff(data);
        if (format == null) {
            return Inspection.unreadable(file, "not an image (its content is none of " + ImageFormats.SUPPORTED + ")");
        }
        PngHeader png = PngHeader.parse(data);
        if (png != null && !png.crcErrors().isEmpty()) {
            return Inspection.unreadable(file, "damaged PNG: checksum errors in " + String.join(", ", png.crcErrors()));
        }
        ImageFacts facts;
        try {
            facts = ImageDecoder.read(data, file.getFileName().toString()).facts();
        } catch (ImagingException e) {
            return Inspection.unreadable(file, e.getMessage());
        }
        List<String> fileNotes = fileNotes(file, format, png);
        List<SlotMatch> matches = new ArrayList<>();
        for (ImageSlot slot : profile.imageSlots()) {
            matches.add(match(slot, facts, png));
        }
        List<SlotMatch> media = new ArrayList<>();
        for (MediaGroup group : profile.media()) {
            MediaMatch.of(group, facts, data.length).ifPresent(media::add);
        }
        return new Inspection(file, facts, null, fileNotes, matches, media);
    }

    private static List<String> fileNotes(Path file, String format, PngHeader png) {
        List<String> notes = new ArrayList<>();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!extension.isEmpty() && !extensionsOf(format).contains(extension)) {
            notes.add("named ." + extension + " but its content is " + format);
        }
        if (png != null && !png.chunks().contains("sRGB") && !png.chunks().contains("iCCP")) {
            notes.add("no colour space tag (sRGB chunk); browsers assume sRGB");
        }
        return notes;
    }

    private static List<String> extensionsOf(String format) {
        return switch (format) {
            case "JPEG" -> List.of("jpg", "jpeg", "jpe", "jfif");
            case "TIFF" -> List.of("tif", "tiff");
            case "ICO" -> List.of("ico", "cur");
            case "SVG" -> List.of("svg", "svgz");
            default -> List.of(format.toLowerCase(Locale.ROOT));
        };
    }

    static SlotMatch match(ImageSlot slot, ImageFacts facts, PngHeader png) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!slot.format().equalsIgnoreCase(facts.format())) {
            problems.add("not really a " + slot.format().toUpperCase(Locale.ROOT) + ": the file is " + facts.format());
        }
        if (!slot.accepts(facts.width(), facts.height())) {
            problems.add(WRONG_SIZE + ": " + facts.width() + "x" + facts.height() + ", needs " + slot.sizeText());
        }
        if ("CMYK".equalsIgnoreCase(facts.colorType())) {
            problems.add("CMYK colours: convert to sRGB");
        }
        if (png != null) {
            if (png.bitDepth() == 16) {
                problems.add("16 bits per channel: save as 8-bit");
            }
            if (png.interlaced()) {
                notes.add("interlaced (Adam7): larger file, save non-interlaced");
            }
        }
        if (facts.width() > 0 && facts.height() > 0 && !slot.accepts(facts.width(), facts.height())
                && slot.width() * facts.height() == slot.height() * facts.width()) {
            notes.add("right shape, so it can be resized to " + slot.width() + "x" + slot.height());
        }
        return new SlotMatch(slot.id(), slot.label(), slot.sizeText(), problems, notes);
    }
}
