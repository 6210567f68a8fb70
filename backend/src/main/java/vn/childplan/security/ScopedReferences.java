package vn.childplan.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The one place where references inside answers meet the scope rule. Every answer is written by Jackson, and every
 * reference to a record governed by a unit is a {@link ScopedRef}; so whatever a service puts in an answer (a plan's
 * cascade, an assignment's agency, the dashboard's alerts, the late list, the consolidation, a report's agency…),
 * a reference reaches the caller only when the caller may read the referenced record by itself
 * ({@link Caller#canReadUnit}, the rule of {@link Caller#canRead}). A reference the caller cannot read is
 * <b>omitted from a list</b> and written as <b>null in a single field</b>: its id, title and status are never
 * revealed, and nothing tells that something was left out. Outside a request (no caller) nothing is visible.
 * <p>
 * The audit trail stores complete snapshots: written with {@link #FOR_AUDIT}, every reference is kept and marked with
 * its unit ({@link #MARK}); {@link #visible(JsonNode, LongPredicate)} applies the same rule to a stored snapshot when
 * it is read, and drops the marks. (Snapshots stored before the marks existed carry none and are shown as stored.)
 * <p>
 * Lists of records are scoped in their statements ({@link Caller#restrict}); this is the guarantee for everything an
 * answer names besides, and costs no statement: the referenced unit's id travels in the reference, and the caller's
 * scope is read once per request.
 */
@Singleton
public class ScopedReferences implements ObjectMapperCustomizer {
    /** ObjectWriter attribute: write an audit snapshot, every reference kept and marked with its unit. */
    public static final String FOR_AUDIT = "childplan.scopedReferences.forAudit";
    /** The field holding a reference's unit id in stored audit snapshots; never in an answer. */
    public static final String MARK = "@scopeUnitId";
    /** Outside a request there is no caller, and nothing is visible. */
    private static final Object NO_CALLER = new Object();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("scoped-references").setSerializerModifier(new Modifier()));
    }

    /**
     * A stored snapshot as {@code canReadUnit} may see it: marked references it cannot read removed from arrays and
     * nulled in fields, the marks dropped. Changes and returns {@code node}.
     */
    public static JsonNode visible(JsonNode node, LongPredicate canReadUnit) {
        if (node instanceof ObjectNode o) {
            JsonNode mark = o.remove(MARK);
            if (mark != null && !mark.isNull() && !canReadUnit.test(mark.asLong())) {
                return null;
            }
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = visible(o.get(name), canReadUnit);
                if (child == null) {
                    o.putNull(name);
                }
            }
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (visible(a.get(i), canReadUnit) == null) {
                    a.remove(i);
                }
            }
        }
        return node;
    }

    /**
     * Whether the current request's caller may read what a reference governed by {@code unitId} names. The caller is
     * looked up once per answer (kept as an attribute of this serialization), not once per reference.
     */
    private static boolean visible(SerializerProvider provider, Long unitId) {
        Object caller = provider.getAttribute(Caller.class);
        if (caller == null) {
            ArcContainer arc = Arc.container();
            caller = arc == null || !arc.requestContext().isActive() ? NO_CALLER : arc.instance(Caller.class).get();
            provider.setAttribute(Caller.class, caller);
        }
        return caller instanceof Caller c && c.canReadUnit(unitId);
    }

    private static boolean forAudit(SerializerProvider provider) {
        return provider.getAttribute(FOR_AUDIT) != null;
    }

    private static final class Modifier extends BeanSerializerModifier {
        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                JsonSerializer<?> serializer) {
            return ScopedRef.class.isAssignableFrom(bean.getBeanClass())
                    ? new ScopedSerializer((JsonSerializer<Object>) serializer, false)
                    : serializer;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                BeanDescription bean, JsonSerializer<?> serializer) {
            return ScopedRef.class.isAssignableFrom(type.getContentType().getRawClass())
                    ? new ScopedSerializer((JsonSerializer<Object>) serializer, true)
                    : serializer;
        }
    }

    /**
     * A reference ({@code collection} false): written when visible, null otherwise, marked with its unit in audit
     * snapshots. A collection of references: those the caller cannot read are left out. Contextualisation and
     * resolution pass through to the wrapped serializer. (No answer uses polymorphic type ids, so serializeWithType
     * is not wrapped.)
     */
    private static final class ScopedSerializer extends StdSerializer<Object> implements ContextualSerializer,
            ResolvableSerializer {
        private final JsonSerializer<Object> delegate;
        private final boolean collection;
        private JsonSerializer<Object> unwrapping;

        ScopedSerializer(JsonSerializer<Object> delegate, boolean collection) {
            super(Object.class);
            this.delegate = delegate;
            this.collection = collection;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = delegate instanceof ContextualSerializer c
                    ? c.createContextual(provider, property)
                    : delegate;
            return contextual == delegate ? this : new ScopedSerializer((JsonSerializer<Object>) contextual, collection);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return delegate.isEmpty(provider, value);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (collection) {
                delegate.serialize(forAudit(provider) ? value : readable(provider, (Collection<?>) value), gen, provider);
                return;
            }
            Long unit = ((ScopedRef) value).scopeUnitId();
            if (forAudit(provider)) {
                if (unwrapping == null) {
                    unwrapping = delegate.unwrappingSerializer(null);
                }
                gen.writeStartObject(value);
                unwrapping.serialize(value, gen, provider);
                gen.writeFieldName(MARK);
                if (unit == null) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(unit);
                }
                gen.writeEndObject();
            } else if (visible(provider, unit)) {
                delegate.serialize(value, gen, provider);
            } else {
                provider.defaultSerializeNull(gen);
            }
        }

        private static List<?> readable(SerializerProvider provider, Collection<?> refs) {
            return refs.stream().filter(r -> !(r instanceof ScopedRef s) || visible(provider, s.scopeUnitId()))
                    .toList();
        }
    }
}
