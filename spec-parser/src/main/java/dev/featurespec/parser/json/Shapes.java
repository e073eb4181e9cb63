package dev.featurespec.parser.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of the featurespec JSON tree, read once by reflection from the model's records and their
 * Jackson annotations: which properties each object has, their types, which are required (those the
 * model always writes, {@code @JsonInclude(ALWAYS)}), which are derived and ignored on input ({@code
 * @JsonIgnoreProperties(allowGetters = true)}), and how to build each record (its canonical
 * constructor and the value of each absent component). Only annotation types that exist in every
 * jackson-annotations release since 2.12 are read, and nothing here needs jackson-databind.
 */
final class Shapes {
    private Shapes() {}

    /** The type of one JSON value. */
    sealed interface Shape permits Str, Int, Pri, Choice, ListOf, MapOf, Obj {}

    /** A string. */
    record Str() implements Shape {}

    /** An integer that fits a Java {@code int}. */
    record Int() implements Shape {}

    /** A priority string, {@code P0}, {@code P1}, … */
    record Pri() implements Shape {}

    /**
     * One of a fixed set of strings (an enum's {@code @JsonProperty} names).
     *
     * @param values the names, in declaration order
     * @param constants name → enum constant
     */
    record Choice(List<String> values, Map<String, Object> constants) implements Shape {}

    /** An array of {@code element}. */
    record ListOf(Shape element) implements Shape {}

    /** An object with any keys whose values are {@code value}s. */
    record MapOf(Shape value) implements Shape {}

    /**
     * An object with fixed properties, bound to a record.
     *
     * <p>Every property, read or derived, has a bit {@link Property#bit() index} below 64, so that a
     * reader finds a repeated key with one {@code long} per object.
     */
    static final class Obj implements Shape {
        private final String name;
        private final Map<String, Property> properties = new HashMap<>();
        private final List<Property> components = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private Constructor<?> constructor;
        private Object[] absent;

        private Obj(String name) {
            this.name = name;
        }

        /** The record's simple name, used in messages. */
        String name() {
            return name;
        }

        /** The property named {@code key}, read or derived; null when the object has no such property. */
        Property property(String key) {
            return properties.get(key);
        }

        /** The properties that are read, in the record's component order. */
        List<Property> components() {
            return components;
        }

        /** The names of the properties that are read, for "did you mean" suggestions. */
        List<String> names() {
            return names;
        }

        /** A fresh argument array holding, for every component, its value when the property is absent. */
        Object[] arguments() {
            return absent.clone();
        }

        /**
         * The record made from {@code arguments}.
         *
         * @throws IllegalArgumentException with the model's message when the record refuses a value
         */
        Object construct(Object[] arguments) {
            try {
                return constructor.newInstance(arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
                throw new IllegalArgumentException(message, cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + name, e);
            }
        }
    }

    /** How a component holds its property's value. */
    enum Holder {
        /** As it is. */
        PLAIN,
        /** In an {@link Optional}. */
        OPTIONAL,
        /** A list (the value is an {@code ArrayList} being filled). */
        LIST,
        /** A map (the value is a {@code LinkedHashMap} being filled). */
        MAP
    }

    /**
     * One property of an {@link Obj}.
     *
     * @param name the JSON name
     * @param shape the value's shape; null for a derived property, which is ignored on input
     * @param required true when the value must be present and not null
     * @param bit the property's bit in a {@code long} of keys seen, 0 to 63
     * @param component the record component's index; -1 for a derived property
     * @param holder how the component holds the value
     */
    record Property(String name, Shape shape, boolean required, int bit, int component, Holder holder) {
        /** True for a derived property: accepted and ignored. */
        boolean ignored() {
            return component < 0;
        }
    }

    private static final Builder BUILT = new Builder();

    /** The shape of the whole document. */
    static final Obj ROOT = (Obj) BUILT.of(FeatureSpec.class);

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
                return choice(c);
            }
            if (c.isRecord()) {
                return object(c);
            }
            throw new IllegalStateException("unsupported model type " + type);
        }

        private static Choice choice(Class<?> c) {
            List<String> values = new ArrayList<>();
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : c.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    JsonProperty jp = c.getField(name).getAnnotation(JsonProperty.class);
                    String value = jp != null ? jp.value() : name;
                    values.add(value);
                    constants.put(value, constant);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new Choice(List.copyOf(values), Map.copyOf(constants));
        }

        private Obj object(Class<?> c) {
            Obj known = objects.get(c);
            if (known != null) {
                return known;
            }
            // recursive types (Statement.children) find this instance while it is being filled in
            Obj obj = new Obj(c.getSimpleName());
            objects.put(c, obj);
            JsonInclude classInclude = c.getAnnotation(JsonInclude.class);
            boolean classAlways = classInclude == null || classInclude.value() == JsonInclude.Include.ALWAYS;
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            obj.absent = new Object[components.length];
            int bit = 0;
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                // @JsonInclude does not target record components; javac copies it to the accessor
                JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
                boolean required = include != null ? include.value() == JsonInclude.Include.ALWAYS : classAlways;
                Type t = rc.getGenericType();
                boolean container = t instanceof ParameterizedType;
                Holder holder = holder(rc.getType());
                obj.absent[i] = absent(holder);
                Property p = new Property(rc.getName(), of(t), required && !container, bit++, i, holder);
                obj.properties.put(p.name(), p);
                obj.components.add(p);
                obj.names.add(p.name());
            }
            JsonIgnoreProperties ip = c.getAnnotation(JsonIgnoreProperties.class);
            if (ip != null) {
                for (String derived : ip.value()) {
                    obj.properties.put(derived, new Property(derived, null, false, bit++, -1, Holder.PLAIN));
                }
            }
            if (bit > 64) {
                throw new IllegalStateException(c.getSimpleName() + " has more than 64 properties");
            }
            try {
                obj.constructor = c.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + c, e);
            }
            try {
                // skips the access check on every call (a seventh of reading a typical spec); the
                // model's packages are open, as Jackson needs them to be
                obj.constructor.setAccessible(true);
            } catch (RuntimeException e) {
                // not open (a layer that confines the model): the constructors are public anyway
            }
            return obj;
        }

        private static Holder holder(Class<?> type) {
            if (type == Optional.class) {
                return Holder.OPTIONAL;
            }
            if (type == List.class) {
                return Holder.LIST;
            }
            if (type == Map.class) {
                return Holder.MAP;
            }
            return Holder.PLAIN;
        }

        private static Object absent(Holder holder) {
            return switch (holder) {
                case OPTIONAL -> Optional.empty();
                case LIST -> List.of();
                case MAP -> Map.of();
                // a record component such as FeatureSpec.metadata takes null as "none"
                case PLAIN -> null;
            };
        }
    }
}
