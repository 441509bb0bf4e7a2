package io.offerkit.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds a profile document to the profile records by hand, on Jackson's streaming parser. Jackson databind does the
 * same from the records' shapes, but an ObjectMapper's set-up is most of the cold cost of reading a profile, and
 * {@code generate} pays that on every run. The rules follow databind as {@code Json.mapper()} is set up (the
 * fuzz test {@code profileReadsAsDatabindReadsIt} holds them to it): unknown properties are skipped, enums ignore
 * case, JSON null leaves a number or boolean at 0 or false, scalars convert where that is lossless ("40" to 40, 40
 * to "40", "true" or 1 to true), dates are {@code YYYY-MM-DD} or {@code [y, m, d]}. Deliberately stricter: a
 * fraction where a whole number belongs is refused (databind cuts it off), and a repeated property keeps the last
 * value (databind refuses it for records). Every mistake is a {@link JsonParseException} located at its value.
 */
final class ProfileJson {
    private final JsonParser p;

    private ProfileJson(JsonParser p) {
        this.p = p;
    }

    /** The profile, or null when the document is empty or {@code null}. */
    static Profile read(JsonParser parser) throws IOException {
        ProfileJson json = new ProfileJson(parser);
        JsonToken first = parser.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL) {
            return null;
        }
        return json.profile();
    }

    @FunctionalInterface
    private interface Element<T> {
        T read() throws IOException;
    }

    private Profile profile() throws IOException {
        JsonLocation at = startObject("the profile");
        String id = null;
        int version = 0;
        String title = null;
        String marketplace = null;
        String description = null;
        List<SourceRef> sources = null;
        LocalDate verifiedOn = null;
        List<ImageSlot> imageSlots = null;
        List<TextFieldSpec> textFields = null;
        List<DocumentSpec> documents = null;
        List<LinkSpec> links = null;
        List<ChecklistItem> checklist = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "version" -> version = integer(0);
                case "title" -> title = text();
                case "marketplace" -> marketplace = text();
                case "description" -> description = text();
                case "sources" -> sources = list(this::sourceRef);
                case "verifiedOn" -> verifiedOn = date();
                case "imageSlots" -> imageSlots = list(this::imageSlot);
                case "textFields" -> textFields = list(this::textField);
                case "documents" -> documents = list(this::document);
                case "links" -> links = list(this::link);
                case "checklist" -> checklist = list(this::checklistItem);
                default -> p.skipChildren();
            }
        }
        String i = id;
        int v = version;
        String t = title;
        String m = marketplace;
        String d = description;
        List<SourceRef> s = sources;
        LocalDate on = verifiedOn;
        List<ImageSlot> slots = imageSlots;
        List<TextFieldSpec> fields = textFields;
        List<DocumentSpec> docs = documents;
        List<LinkSpec> l = links;
        List<ChecklistItem> items = checklist;
        return construct(at, () -> new Profile(i, v, t, m, d, s, on, slots, fields, docs, l, items));
    }

    private SourceRef sourceRef() throws IOException {
        JsonLocation at = startObject("a source");
        String document = null;
        String location = null;
        LocalDate date = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "document" -> document = text();
                case "location" -> location = text();
                case "date" -> date = date();
                default -> p.skipChildren();
            }
        }
        String doc = document;
        String loc = location;
        LocalDate d = date;
        return construct(at, () -> new SourceRef(doc, loc, d));
    }

    private ImageSlot imageSlot() throws IOException {
        JsonLocation at = startObject("an image slot");
        String id = null;
        String label = null;
        int width = 0;
        int height = 0;
        String format = null;
        boolean required = false;
        Integer minWidth = null;
        Integer maxWidth = null;
        Integer minHeight = null;
        Integer maxHeight = null;
        boolean square = false;
        Integer previewSize = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "width" -> width = integer(0);
                case "height" -> height = integer(0);
                case "format" -> format = text();
                case "required" -> required = bool();
                case "minWidth" -> minWidth = integer(null);
                case "maxWidth" -> maxWidth = integer(null);
                case "minHeight" -> minHeight = integer(null);
                case "maxHeight" -> maxHeight = integer(null);
                case "square" -> square = bool();
                case "previewSize" -> previewSize = integer(null);
                default -> p.skipChildren();
            }
        }
        String i = id;
        String l = label;
        int w = width;
        int h = height;
        String f = format;
        boolean r = required;
        Integer minW = minWidth;
        Integer maxW = maxWidth;
        Integer minH = minHeight;
        Integer maxH = maxHeight;
        boolean sq = square;
        Integer preview = previewSize;
        return construct(at, () -> new ImageSlot(i, l, w, h, f, r, minW, maxW, minH, maxH, sq, preview));
    }

    private TextFieldSpec textField() throws IOException {
        JsonLocation at = startObject("a text field");
        String id = null;
        String label = null;
        boolean required = false;
        Integer maxLength = null;
        Integer maxItems = null;
        Integer maxItemLength = null;
        CountMode countMode = null;
        List<String> allowedTags = null;
        String help = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "required" -> required = bool();
                case "maxLength" -> maxLength = integer(null);
                case "maxItems" -> maxItems = integer(null);
                case "maxItemLength" -> maxItemLength = integer(null);
                case "countMode" -> countMode = constant(CountMode.class, CountMode.values());
                case "allowedTags" -> allowedTags = list(this::text);
                case "help" -> help = text();
                default -> p.skipChildren();
            }
        }
        String i = id;
        String l = label;
        boolean r = required;
        Integer len = maxLength;
        Integer items = maxItems;
        Integer itemLen = maxItemLength;
        CountMode mode = countMode;
        List<String> tags = allowedTags;
        String h = help;
        return construct(at, () -> new TextFieldSpec(i, l, r, len, items, itemLen, mode, tags, h));
    }

    private DocumentSpec document() throws IOException {
        JsonLocation at = startObject("a document");
        String id = null;
        String label = null;
        boolean required = false;
        List<String> accepts = null;
        Integer minCount = null;
        Integer maxCount = null;
        Integer maxTextLength = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "required" -> required = bool();
                case "accepts" -> accepts = list(this::text);
                case "minCount" -> minCount = integer(null);
                case "maxCount" -> maxCount = integer(null);
                case "maxTextLength" -> maxTextLength = integer(null);
                default -> p.skipChildren();
            }
        }
        String i = id;
        String l = label;
        boolean r = required;
        List<String> a = accepts;
        Integer min = minCount;
        Integer max = maxCount;
        Integer len = maxTextLength;
        return construct(at, () -> new DocumentSpec(i, l, r, a, min, max, len));
    }

    private LinkSpec link() throws IOException {
        JsonLocation at = startObject("a link");
        String id = null;
        String label = null;
        boolean required = false;
        boolean httpsOnly = false;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "required" -> required = bool();
                case "httpsOnly" -> httpsOnly = bool();
                default -> p.skipChildren();
            }
        }
        String i = id;
        String l = label;
        boolean r = required;
        boolean https = httpsOnly;
        return construct(at, () -> new LinkSpec(i, l, r, https));
    }

    private ChecklistItem checklistItem() throws IOException {
        JsonLocation at = startObject("a checklist item");
        String id = null;
        ChecklistGroup group = null;
        String title = null;
        String ruleText = null;
        CheckKind kind = null;
        Severity severity = null;
        String rule = null;
        String target = null;
        String field = null;
        String source = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = text();
                case "group" -> group = constant(ChecklistGroup.class, ChecklistGroup.values());
                case "title" -> title = text();
                case "ruleText" -> ruleText = text();
                case "kind" -> kind = constant(CheckKind.class, CheckKind.values());
                case "severity" -> severity = constant(Severity.class, Severity.values());
                case "rule" -> rule = text();
                case "target" -> target = text();
                case "field" -> field = text();
                case "source" -> source = text();
                default -> p.skipChildren();
            }
        }
        String i = id;
        ChecklistGroup g = group;
        String t = title;
        String rt = ruleText;
        CheckKind k = kind;
        Severity s = severity;
        String r = rule;
        String tg = target;
        String f = field;
        String src = source;
        return construct(at, () -> new ChecklistItem(i, g, t, rt, k, s, r, tg, f, src));
    }

    // --- values -----------------------------------------------------------------------------------------------

    /** At an object's START_OBJECT: returns where it starts. */
    private JsonLocation startObject(String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mistake(what + " must be a JSON object, not " + found());
        }
        return p.currentTokenLocation();
    }

    /** Moves to the next property's value; false at the end of the object. */
    private boolean nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        if (t != JsonToken.FIELD_NAME) { // the parser refuses anything else itself; this only keeps the loop honest
            throw mistake("a property name was expected, not " + found());
        }
        p.nextToken();
        return true;
    }

    /** A JSON array of elements; null stays null (the records make it an empty list). */
    private <T> List<T> list(Element<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mistake(quotedName() + " must be a JSON array, not " + found());
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw mistake(quotedName() + " is null");
            }
            values.add(element.read());
        }
        return values;
    }

    private String text() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            throw mistake(quotedName() + " must be a text, not " + found());
        }
        return p.getText();
    }

    /** A whole number; JSON null gives {@code ifNull} (0 for an int, null for an Integer). */
    private Integer integer(Integer ifNull) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return ifNull;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw mistake(quotedName() + " is out of range: " + found());
            }
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.isEmpty()) {
                return ifNull;
            }
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                throw mistake(quotedName() + " must be a whole number, not " + found());
            }
        }
        throw mistake(quotedName() + " must be a whole number, not " + found());
    }

    private boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return !p.getText().equals("0");
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return s.equalsIgnoreCase("true");
            }
        }
        throw mistake(quotedName() + " must be true or false, not " + found());
    }

    private LocalDate date() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw mistake(quotedName() + " must be a date as YYYY-MM-DD, not " + found());
            }
        }
        if (t == JsonToken.START_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            String name = quotedName();
            int[] ymd = new int[3];
            int n = 0;
            while (p.nextToken() == JsonToken.VALUE_NUMBER_INT && n < 3 && p.getNumberType() == JsonParser.NumberType.INT) {
                ymd[n++] = p.getIntValue();
            }
            if (n != 3 || p.currentToken() != JsonToken.END_ARRAY) {
                throw new JsonParseException(p, name + " must be a date as YYYY-MM-DD or [year, month, day]", at);
            }
            try {
                return LocalDate.of(ymd[0], ymd[1], ymd[2]);
            } catch (DateTimeException e) {
                throw new JsonParseException(p, name + " is not a date: " + e.getMessage(), at);
            }
        }
        throw mistake(quotedName() + " must be a date as YYYY-MM-DD, not " + found());
    }

    /** One of an enum's constants, by name in any case. */
    private <E extends Enum<E>> E constant(Class<E> type, E[] values) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String s = t == JsonToken.VALUE_STRING ? p.getText() : null;
        for (E value : values) {
            if (value.name().equalsIgnoreCase(s)) {
                return value;
            }
        }
        List<String> names = new ArrayList<>();
        for (E value : values) {
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        throw mistake(quotedName() + " must be one of " + String.join(", ", names) + ", not " + found());
    }

    /** A record built from what was read; its own checks (an image slot needs a size...) are located at its start. */
    private <T> T construct(JsonLocation at, Element<T> constructor) throws IOException {
        try {
            return constructor.read();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonParseException(p, e.getMessage(), at, e);
        }
    }

    /** What the current value is called in a message: its property, or the property whose array holds it. */
    private String quotedName() throws IOException {
        JsonStreamContext context = p.getParsingContext();
        if (p.currentToken().isStructStart()) {
            context = context.getParent(); // a START_OBJECT or START_ARRAY already opened its own context
        }
        if (context != null && context.inArray()) {
            String array = context.getParent() == null ? null : context.getParent().getCurrentName();
            return array == null ? "an element" : "an element of \"" + array + "\"";
        }
        String name = context == null ? null : context.getCurrentName();
        return name == null ? "the value" : "\"" + name + "\"";
    }

    private String found() throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + shortened(p.getText()) + "\"";
            case VALUE_NULL -> "null";
            default -> shortened(p.getText());
        };
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private JsonParseException mistake(String message) {
        return new JsonParseException(p, message, p.currentTokenLocation());
    }
}
