package io.offerkit.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a profile document to the profile records on Jackson's streaming parser, by the records' components (a new
 * field of a profile is a new record component, nothing here). Jackson databind does the same, but an ObjectMapper's
 * set-up is most of the cold cost of reading a profile, and {@code generate} pays that on every run. The rules follow databind as {@code Json.mapper()} is set up (the
 * fuzz test {@code profileReadsAsDatabindReadsIt} holds them to it): unknown properties are skipped, enums ignore
 * case, JSON null leaves a number or boolean at 0 or false, scalars convert where that is lossless ("40" to 40, 40
 * to "40", "true" or 1 to true), dates are {@code YYYY-MM-DD} or {@code [y, m, d]}. Deliberately stricter: a
 * fraction where a whole number belongs is refused (databind cuts it off), and a repeated property keeps the last
 * value (databind refuses it for records). Every mistake is a {@link JsonParseException} located at its value and named by its JSON path ("imageSlots[1].width").
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

    /** What a record is called in a message about it (others by their name: "SourceRef" is "a source ref"). */
    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Profile.class, "the profile"),
            Map.entry(SourceRef.class, "a source"),
            Map.entry(ImageSlot.class, "an image slot"),
            Map.entry(TextFieldSpec.class, "a text field"),
            Map.entry(DocumentSpec.class, "a document"),
            Map.entry(LinkSpec.class, "a link"),
            Map.entry(FieldRelation.class, "a relation"),
            Map.entry(EnumerationSpec.class, "an enumeration"),
            Map.entry(EnumChoice.class, "a choice"),
            Map.entry(ContactSpec.class, "a contact"),
            Map.entry(ListingLanguages.class, "the languages"),
            Map.entry(FormPage.class, "a form page"),
            Map.entry(FormField.class, "a form field"),
            Map.entry(ChecklistItem.class, "a checklist item"));

    private Profile profile() throws IOException {
        return record(Profile.class);
    }

    /**
     * A record from a JSON object whose properties are the record's components by name: each read by its declared
     * type (text, whole number, boolean, date, enum, another record, or a list of any of them); unknown properties
     * are skipped and missing ones are null, 0 or false, as databind leaves them.
     */
    private <R extends Record> R record(Class<R> type) throws IOException {
        JsonLocation at = startObject(NAMES.getOrDefault(type, described(type)));
        String place = place(p.getParsingContext());
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = absent(shape.erased[i]);
        }
        while (nextField()) {
            int i = Arrays.asList(shape.names).indexOf(p.currentName());
            if (i < 0) {
                p.skipChildren();
            } else {
                values[i] = value(shape.types[i]);
            }
        }
        try {
            return type.cast(shape.newInstance(values));
        } catch (IllegalArgumentException | NullPointerException e) {
            // the record's own checks (an image slot needs a size...), located at the record's start
            throw new JsonParseException(p, e.getMessage() + placed(place), at, e);
        }
    }

    /**
     * What reading a record needs of its class, looked up once per class (a profile has dozens of slots, fields and
     * items of a handful of record types): component names and declared types, and the canonical constructor.
     */
    private record Shape(String[] names, Type[] types, Class<?>[] erased, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] erased = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                erased[i] = components[i].getType();
            }
            try {
                return new Shape(names, types, erased, type.getDeclaredConstructor(erased));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        /** Calls the canonical constructor; what it refuses (a slot without a size...) comes out as its own exception. */
        Object newInstance(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the profile records are public with a canonical constructor", e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private Object value(Type type) throws IOException {
        if (type == String.class) {
            return text();
        }
        if (type == int.class || type == Integer.class) {
            return integer(type == int.class ? 0 : null);
        }
        if (type == boolean.class) {
            return bool();
        }
        if (type == Boolean.class) {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : bool();
        }
        if (type == LocalDate.class) {
            return date();
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return enumConstant(c);
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : record(c.asSubclass(Record.class));
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return list(() -> value(element));
        }
        throw new IllegalStateException("a profile holds no values of type " + type); // a record's mistake, not a file's
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the type is an enum's class, checked by the caller
    private Object enumConstant(Class<?> type) throws IOException {
        return constant((Class) type);
    }

    private static Object absent(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }

    /** "ImageSlot" as "an image slot". */
    private static String described(Class<?> type) {
        String words = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
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
    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        E[] values = type.getEnumConstants();
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
        return new JsonParseException(p, message + placed(place(p.getParsingContext())), p.currentTokenLocation());
    }

    /** " at imageSlots[1].width": where a mistake is, for a message; "" at the document itself. */
    private static String placed(String place) {
        return place.isEmpty() ? "" : " at " + place;
    }

    /** The JSON path of a parsing context, as a person reads it: "imageSlots[1].width", "textFields[0].allowedTags[2]". */
    static String place(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.getEntryCount() > 0) { // an array just opened holds no element yet
                    path.insert(0, "[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                path.insert(0, (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return path.toString();
    }
}
