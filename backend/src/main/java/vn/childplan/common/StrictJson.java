package vn.childplan.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are read as written: a JSON value of the wrong type is refused (400 naming the field), never
 * coerced — {@code "text": 12345} is not the string "12345", {@code "position": "2"} is not the number 2,
 * {@code 2.5} is not the integer 2, {@code 1} is not an enum constant or {@code true}. Every JSON string also passes
 * {@link Text#unstorable}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // Strings to numbers and booleans (and the reverse below) are Jackson's "scalar coercions".
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Not lenient: a date is a "yyyy-MM-dd" string, never a day count, and 2024-02-30 is refused.
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("childplan-text").addDeserializer(String.class, new CheckedText()));
    }

    /** A string with a character PostgreSQL cannot store or a control character; its path names the field. */
    public static final class UnstorableText extends JsonMappingException {
        private final String reason;

        UnstorableText(JsonParser p, String reason) {
            super(p, "unstorable text");
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            String reason = Text.unstorable(s);
            if (reason != null) {
                throw new UnstorableText(p, reason);
            }
            return s;
        }
    }
}
