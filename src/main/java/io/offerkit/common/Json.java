package io.offerkit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

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
