package io.offerkit.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a document's type from its bytes, never from its name: a renamed .docx called .pdf is a DOCX. */
public final class DocumentSniffer {
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<p[ >]|<h[1-6][ >]|<div[ >])");
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^(#{1,6} |[-*] |\\d+\\. |> )");
    private static final int MAX_ZIP_ENTRIES_LOOKED_AT = 200;

    private DocumentSniffer() {
    }

    /** {@code head} is the start of the file (a few KB suffice); {@code name} only breaks the Markdown/text tie. */
    public static DocumentType sniff(byte[] head, String name) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.ISO_8859_1))) {
            return DocumentType.PDF;
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return isDocx(head) ? DocumentType.DOCX : DocumentType.ZIP;
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return DocumentType.LEGACY_OFFICE;
        }
        String text = asText(head);
        if (text == null) {
            return DocumentType.UNKNOWN;
        }
        if (HTML.matcher(text).find()) {
            return DocumentType.HTML;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || MARKDOWN.matcher(text).find()) {
            return DocumentType.MARKDOWN;
        }
        return DocumentType.TEXT;
    }

    /** The entries of a DOCX name word/document.xml; the head must hold the first entries (it always does). */
    private static boolean isDocx(byte[] head) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES_LOOKED_AT) {
                if (entry.getName().equals("word/document.xml") || entry.getName().equals("[Content_Types].xml")
                        && new String(zip.readNBytes(4096), StandardCharsets.UTF_8).contains("wordprocessingml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A truncated head ends the walk; what was seen decides.
        }
        return false;
    }

    /** The bytes as UTF-8 text, or null when they are binary (invalid UTF-8 or NUL/control bytes). */
    static String asText(byte[] head) {
        CharBuffer chars = CharBuffer.allocate(head.length);
        // endOfInput=false: a multi-byte character cut in two at the end of the head is not an error.
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head), chars, false);
        if (result.isError()) {
            return null;
        }
        String text = chars.flip().toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return null;
            }
        }
        return text;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
