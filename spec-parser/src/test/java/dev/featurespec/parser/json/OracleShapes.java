package dev.featurespec.parser.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Part of {@link OracleReader}, the reader before the streaming binder: reads the model's shape.
 *
 * <p>The shape of the featurespec JSON tree, read once by reflection from the model's records and their
 * Jackson annotations: which properties each object has, their types, which are required (those the
 * model always writes, {@code @JsonInclude(ALWAYS)}) and which are derived and ignored on input ({@code
 * @JsonIgnoreProperties(allowGetters = true)}).
 */
final class OracleShapes {
    private OracleShapes() {}

    /** The type of one JSON value. */
    sealed interface Shape permits Str, Int, Pri, Choice, ListOf, MapOf, Obj {}

    /** A string. */
    record Str() implements Shape {}

    /** An integer that fits a Java {@code int}. */
    record Int() implements Shape {}

    /** A priority string, {@code P0}, {@code P1}, … */
    record Pri() implements Shape {}

    /** One of a fixed set of strings (an enum's {@code @JsonProperty} names). */
    record Choice(List<String> values) implements Shape {}

    /** An array of {@code element}. */
    record ListOf(Shape element) implements Shape {}

    /** An object with string values and any keys. */
    record MapOf(Shape value) implements Shape {}

    /**
     * An object with fixed properties.
     *
     * @param name the record's simple name, used in messages
     * @param properties property name → property, in the record's order
     * @param ignored the derived properties accepted and ignored on input
     */
    record Obj(String name, Map<String, Property> properties, Set<String> ignored) implements Shape {}

    /** One property of an {@link Obj}. */
    record Property(String name, Shape shape, boolean required) {}

    private static final Builder BUILT = new Builder();

    /** The shape of the whole document. */
    static final Obj ROOT = (Obj) BUILT.of(FeatureSpec.class);

    /** Record class → its object shape, for every record the document can hold. */
    private static final Map<Class<?>, Obj> BY_CLASS = Map.copyOf(BUILT.objects);

    /** True when {@code property} of record {@code type} must be present ({@link Property#required()}). */
    static boolean required(Class<?> type, String property) {
        Obj obj = BY_CLASS.get(type);
        if (obj == null) {
            return false;
        }
        Property p = obj.properties().get(property);
        return p != null && p.required();
    }

    private static final class Builder {
        private final Map<Class<?>, Obj> objects = new LinkedHashMap<>();

        Shape of(Type type) {
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type[] args = p.getActualTypeArguments();
                if (raw == Optional.class) {
                    return of(args[0]);
                }
                if (raw == List.class) {
                    return new ListOf(of(args[0]));
                }
                if (raw == Map.class) {
                    return new MapOf(of(args[1]));
                }
                throw new IllegalStateException("unsupported model type " + type);
            }
            Class<?> c = (Class<?>) type;
            if (c == String.class) {
                return new Str();
            }
            if (c == int.class || c == Integer.class) {
                return new Int();
            }
            if (c == Priority.class) {
                return new Pri();
            }
            if (c.isEnum()) {
                List<String> values = new ArrayList<>();
                for (Object constant : c.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    try {
                        JsonProperty jp = c.getField(name).getAnnotation(JsonProperty.class);
                        values.add(jp != null ? jp.value() : name);
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return new Choice(List.copyOf(values));
            }
            if (c.isRecord()) {
                return object(c);
            }
            throw new IllegalStateException("unsupported model type " + type);
        }

        private Obj object(Class<?> c) {
            Obj known = objects.get(c);
            if (known != null) {
                return known;
            }
            Map<String, Property> properties = new LinkedHashMap<>();
            Set<String> ignored = new LinkedHashSet<>();
            JsonIgnoreProperties ip = c.getAnnotation(JsonIgnoreProperties.class);
            if (ip != null) {
                ignored.addAll(List.of(ip.value()));
            }
            // recursive types (Statement.children) find this instance while it is being filled in
            Obj obj = new Obj(c.getSimpleName(), properties, ignored);
            objects.put(c, obj);
            JsonInclude classInclude = c.getAnnotation(JsonInclude.class);
            boolean classAlways = classInclude == null || classInclude.value() == JsonInclude.Include.ALWAYS;
            for (RecordComponent rc : c.getRecordComponents()) {
                // @JsonInclude does not target record components; javac copies it to the accessor
                JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
                boolean required = include != null ? include.value() == JsonInclude.Include.ALWAYS : classAlways;
                Type t = rc.getGenericType();
                boolean container = t instanceof ParameterizedType;
                properties.put(rc.getName(), new Property(rc.getName(), of(t), required && !container));
            }
            return obj;
        }
    }
}
