package io.offerkit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON settings every OfferKit file shares: stable key order and pretty output, so files read well in a diff. */
public final class Json {
    /** Project and profile files are small; deeper nesting than this is a hostile or broken file. */
    private static final int MAX_NESTING_DEPTH = 64;
    private static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;

    private static final JsonFactory FACTORY = factory(); // for readers that bind by hand (ProfileReader)

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    /**
     * A streaming parser with the same limits as {@link #mapper()}, without the mapper: on a cold start an
     * ObjectMapper's class loading and set-up cost far more than reading a small file this way (docs/performance.md).
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * What is wrong in a JSON file, to follow "x is damaged": where and what (" at line 3, column 5: Unexpected
     * character ..."), or which field holds the wrong kind of value (": \"logo\" holds the wrong kind of value"),
     * never the Java type the value was to become nor Jackson's "line -1" for a value already parsed.
     */
    public static String problem(JacksonException e) {
        Optional<String> where = field(e);
        if (where.isPresent()) {
            String field = where.get();
            if (e instanceof InvalidFormatException invalid) {
                Object[] allowed = invalid.getTargetType() == null ? null : invalid.getTargetType().getEnumConstants();
                return ": \"" + field + "\" cannot be \"" + invalid.getValue() + "\""
                        + (allowed == null ? "" : " (it can be " + Arrays.stream(allowed)
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")) + ")");
            }
            return ": \"" + field + "\" holds the wrong kind of value";
        }
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return line + Reasons.readable(e.getOriginalMessage()).map(words -> ": " + words).orElse("");
    }

    /** The field a mapping problem is in, as a person reads it ({@code media.screenshots[1].framing}, 1-based). */
    public static Optional<String> field(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex() + 1).append(']');
            }
        }
        return Optional.of(field.toString());
    }

    /** Created on the first use of {@link #mapper()} only. */
    private static final class MapperHolder {
        private static final ObjectMapper MAPPER = create();
    }

    private static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
    }

    private static ObjectMapper create() {
        return JsonMapper.builder(factory())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .findAndAddModules()
                .build();
    }
}
