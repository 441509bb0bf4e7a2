package io.offerkit.imaging.decode;

import io.offerkit.imaging.source.ImagingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses SVGs that would take unbounded time to draw, before JSVG sees them: elements nested absurdly deep, and
 * {@code <use>} chains whose expansion explodes (each level using the one before ten times is 10^12 shapes from a
 * few hundred bytes; JSVG limits the depth of such chains but not their fan-out). Counts the elements a full
 * expansion would draw, with each referenced element's count computed once.
 */
final class SvgComplexity {
    static final int MAX_DEPTH = 256;
    static final int MAX_ELEMENTS = 200_000;
    /** Elements drawn after expanding every use; far above any logo, far below a minute of rendering. */
    static final long MAX_DRAWN = 100_000;

    private SvgComplexity() {
    }

    /** One element: its children, the id it has and the id a use element refers to. */
    private static final class Node {
        final List<Node> children = new ArrayList<>();
        String useTarget;
        long drawn = -1; // memoised expansion count; -2 while being computed (a cycle)
    }

    static void check(byte[] data, String name) throws ImagingException {
        Map<String, Node> byId = new HashMap<>();
        Node root = new Node();
        int elements = 0;
        XMLStreamReader xml = null;
        try {
            xml = reader(data, name);
            Deque<Node> open = new ArrayDeque<>();
            open.push(root);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (++elements > MAX_ELEMENTS) {
                        throw tooComplex(name, "more than " + MAX_ELEMENTS + " elements");
                    }
                    if (open.size() > MAX_DEPTH) {
                        throw tooComplex(name, "elements nested more than " + MAX_DEPTH + " deep");
                    }
                    Node node = new Node();
                    open.peek().children.add(node);
                    open.push(node);
                    String id = xml.getAttributeValue(null, "id");
                    if (id != null) {
                        byId.putIfAbsent(id, node);
                    }
                    if (xml.getLocalName().equals("use")) {
                        node.useTarget = useTarget(xml);
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    open.pop();
                }
            }
        } catch (XMLStreamException e) {
            throw new ImagingException(name + " is not a valid SVG: its XML is malformed" + where(e) + " ("
                    + reason(e) + ").", e);
        } finally {
            close(xml);
        }
        long drawn = drawn(root, byId);
        if (drawn > MAX_DRAWN) {
            throw tooComplex(name, "more than " + MAX_DRAWN + " shapes once its <use> references are expanded");
        }
    }

    private static long drawn(Node node, Map<String, Node> byId) throws ImagingException {
        if (node.drawn >= 0) {
            return node.drawn;
        }
        if (node.drawn == -2) {
            return 0; // a reference cycle draws nothing more (JSVG refuses cycles itself)
        }
        node.drawn = -2;
        long total = 1;
        for (Node child : node.children) {
            total = Math.min(MAX_DRAWN + 1, total + drawn(child, byId));
        }
        if (node.useTarget != null) {
            Node target = byId.get(node.useTarget);
            if (target != null) {
                total = Math.min(MAX_DRAWN + 1, total + drawn(target, byId));
            }
        }
        node.drawn = total;
        return total;
    }

    private static String useTarget(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String value = xml.getAttributeValue(i);
            if (xml.getAttributeLocalName(i).equals("href") && value != null && value.startsWith("#")) {
                return value.substring(1);
            }
        }
        return null;
    }

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * UTF-8 SVGs (nearly all) are decoded here, strictly, so bad bytes become our message: the JDK's XML scanner prints
     * "[Fatal Error]" on stderr for them before throwing, whatever reporter is set. Other declared encodings are
     * left to the parser.
     */
    private static XMLStreamReader reader(byte[] data, String name) throws XMLStreamException, ImagingException {
        String head = new String(data, 0, Math.min(data.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        boolean utf8 = !declared.find() || declared.group(1).equalsIgnoreCase("UTF-8");
        if (!utf8) {
            return factory().createXMLStreamReader(new ByteArrayInputStream(data));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(data)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a byte-order mark is not part of a character stream's prolog
            }
            return factory().createXMLStreamReader(new StringReader(text));
        } catch (CharacterCodingException e) {
            throw new ImagingException(name + " is not a valid SVG: it is not valid UTF-8 text.", e);
        }
    }

    /** No DTDs, no entities, no external anything: this parser only counts elements. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLReporter((message, type, info, location) -> {
            // Problems become our ImagingException; nothing may be printed on the user's terminal.
        });
        return factory;
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    /** The parser's reason without its "ParseError at [row,col]" preamble and line breaks: one line for the user. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).replaceAll("\\s+", " ").strip();
    }

    private static ImagingException tooComplex(String name, String what) {
        return new ImagingException(name + " is too complex to draw safely (" + what + ").");
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was allocated that outlives the reader
            }
        }
    }
}
