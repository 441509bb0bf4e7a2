package io.offerkit.project.textfolder;

import io.offerkit.common.ByteSizes;
import io.offerkit.common.Reasons;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One field file read as text: UTF-8 (with or without its byte-order mark), or UTF-16 with its byte-order mark, as
 * Windows' Notepad and some translation tools save it. Anything else, or bytes that are no text at all (an image
 * under a .txt name), is refused with the file's name rather than read as mojibake.
 */
final class TextFile {
    private TextFile() {
    }

    static String read(Path file, FieldFile field) throws TextFolderException {
        try {
            long size = Files.size(file);
            if (size > field.hardBytes()) {
                throw new TextFolderException(file + " is " + ByteSizes.text(size) + "; " + field.fileName()
                        + " holds at most " + ByteSizes.text(field.hardBytes()) + " (" + field.holds() + ").");
            }
            String text = decode(Files.readAllBytes(file));
            if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new TextFolderException(file + " is not UTF-8 text; save it as UTF-8 (or UTF-16 with its"
                        + " byte-order mark).");
            }
            return text;
        } catch (IOException e) {
            throw new TextFolderException("Could not read " + file + ": " + Reasons.of(e) + ".", e);
        }
    }

    /** The text, or null where the bytes are not text in any encoding read here. */
    private static String decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        return decode(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
