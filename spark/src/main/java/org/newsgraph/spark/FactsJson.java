package org.newsgraph.spark;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Extraction results travel between Spark stages as JSON text: the library's records stay plain (no Serializable,
 * no Spark types), and a string is compact and safe to persist to disk or shuffle.
 */
final class FactsJson {

    /** The three kinds of fact object, told apart by a "type" field. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = FactValue.EntityRef.class, name = "entity"),
            @JsonSubTypes.Type(value = FactValue.Literal.class, name = "literal"),
            @JsonSubTypes.Type(value = FactValue.Individual.class, name = "individual")})
    private abstract static class FactValueTypes {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addMixIn(FactValue.class, FactValueTypes.class)
            .addModule(new SimpleModule().addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider)
                        throws IOException {
                    out.writeString(value.toString());
                }
            }).addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override
                public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    return LocalDate.parse(in.getValueAsString());
                }
            }))
            .build();

    private FactsJson() {
    }

    static String write(DocumentFacts facts) {
        return write((Object) facts);
    }

    static String write(LocalEntity entity) {
        return write((Object) entity);
    }

    static DocumentFacts facts(String json) {
        return read(json, DocumentFacts.class);
    }

    static LocalEntity entity(String json) {
        return read(json, LocalEntity.class);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
