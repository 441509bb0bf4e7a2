package io.offerkit.imaging.decode;

import io.offerkit.imaging.source.ImagingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one kind of XML entity real logos carry: Adobe Illustrator writes its namespaces (and sometimes style
 * snippets) as plain text entities in the DOCTYPE, e.g. {@code <!ENTITY ns_ai "http://ns.adobe.com/...">} and
 * {@code xmlns:i="&ns_ai;"}. Refusing those would refuse most Illustrator exports, so this expands them itself and
 * hands the parser a document without a DOCTYPE. Everything that makes entities dangerous stays refused: external
 * entities (SYSTEM/PUBLIC: file or network reads), parameter entities, values that reference other entities or hold
 * markup (the "billion laughs" expansion needs nesting), any other declaration in the DOCTYPE, and more entities or
 * longer values than a drawing tool writes. Expansion is therefore linear, and its output is bounded as well.
 */
final class SvgEntities {
    static final int MAX_ENTITIES = 64;
    static final int MAX_VALUE = 1024;
    /** Bytes the expansion may add to the document. */
    static final int MAX_GROWTH = 4 * 1024 * 1024;

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[A-Za-z_:][\\w.:-]*"
            + "(?:\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+|SYSTEM\\s+)(?:\"[^\"]*\"|'[^']*'))?\\s*\\[");
    private static final Pattern ENTITY = Pattern.compile("\\G<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern SPACE_OR_COMMENT = Pattern.compile("\\G(?:\\s+|<!--(?:[^-]|-(?!-))*-->)");
    private static final Pattern END = Pattern.compile("\\G\\]\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_][\\w.-]*);");

    private SvgEntities() {
    }

    /** The document with its internal text entities expanded and its DOCTYPE removed; unchanged when it has none. */
    static String expand(String text, String name) throws ImagingException {
        if (!text.contains("<!ENTITY")) {
            return text;
        }
        Matcher doctype = DOCTYPE.matcher(text);
        if (!doctype.find()) {
            throw refused(name, "declares entities outside an internal DOCTYPE subset");
        }
        Map<String, String> entities = new LinkedHashMap<>();
        int at = doctype.end();
        while (true) {
            Matcher end = END.matcher(text).region(at, text.length());
            if (end.lookingAt()) {
                at = end.end();
                break;
            }
            Matcher gap = SPACE_OR_COMMENT.matcher(text).region(at, text.length());
            if (gap.lookingAt()) {
                at = gap.end();
                continue;
            }
            Matcher entity = ENTITY.matcher(text).region(at, text.length());
            if (!entity.lookingAt()) {
                throw refused(name, "declares an external or parameter entity, or another DOCTYPE declaration");
            }
            String value = entity.group(2) != null ? entity.group(2) : entity.group(3);
            if (value.indexOf('&') >= 0 || value.indexOf('%') >= 0 || value.indexOf('<') >= 0) {
                throw refused(name, "declares an entity whose value refers to other entities or holds markup");
            }
            if (value.length() > MAX_VALUE || entities.size() >= MAX_ENTITIES) {
                throw refused(name, "declares more or longer entities than a drawing program writes");
            }
            entities.putIfAbsent(entity.group(1), value); // XML: the first declaration wins
            at = entity.end();
        }
        String body = text.substring(at);
        return text.substring(0, doctype.start()) + substitute(body, entities, text.length(), name);
    }

    private static String substitute(String body, Map<String, String> entities, int originalLength, String name)
            throws ImagingException {
        Matcher reference = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (reference.find()) {
            String value = entities.get(reference.group(1));
            // Not ours: the five predefined entities, or an undeclared name the parser will report.
            String replacement = value == null ? reference.group() : escapeQuotes(value);
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
            if (out.length() - originalLength > MAX_GROWTH) {
                throw refused(name, "expands its entities to far more text than a logo needs");
            }
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** The value may land in an attribute delimited by either quote; the predefined entities keep it whole. */
    private static String escapeQuotes(String value) {
        return value.replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static ImagingException refused(String name, String what) {
        return new ImagingException(name + " " + what + ", which OfferKit refuses in SVG for safety (plain text"
                + " entities like Illustrator's are fine); export the SVG again without a DOCTYPE.");
    }
}
