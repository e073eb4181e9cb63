package dev.featurespec.model.validation.internal;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the direct engine checks on the instances of one class, read once from its annotations and
 * cached per class: the class-level constraints (of the class and its supertypes), and per field
 * (a record's components are its fields) the constraints on its value, on the elements of its
 * container type arguments ({@code List<@NotBlankText String>}, {@code Map<@OneLine String, String>},
 * {@code Optional<@IsoDate String>}) and whether it cascades ({@code @Valid}). Immutable.
 */
final class BeanMeta {
    private static final ClassValue<BeanMeta> CACHE = new ClassValue<>() {
        @Override
        protected BeanMeta computeValue(Class<?> type) {
            return new BeanMeta(type);
        }
    };

    /** How a container hands out its elements, and what each adds to the JSON pointer. */
    enum Container {
        /** A {@code List}'s elements, each at its index. */
        LIST,
        /** The elements of another {@code Iterable}, at no pointer token of their own. */
        ITERABLE,
        /** A {@code Map}'s keys, each at itself. */
        MAP_KEY,
        /** A {@code Map}'s values, each at its key. */
        MAP_VALUE,
        /** An {@code Optional}'s value (or {@code null}), at no pointer token of its own. */
        OPTIONAL,
        /** An array's elements, each at its index. */
        ARRAY
    }

    /**
     * A field with something to check.
     *
     * @param name the property name, the field's
     * @param field the field, made accessible
     * @param checks the constraints on the field's value
     * @param cascade whether the value is validated too ({@code @Valid} on the field)
     * @param legacy the container whose elements {@code @Valid} on a container field cascades into; {@code
     *     null} when the value itself is cascaded
     * @param elements what its type arguments check
     */
    record Property(
            String name, Field field, List<Check> checks, boolean cascade, Container legacy, List<Element> elements) {}

    /**
     * The elements of one type argument of a container with something to check.
     *
     * @param container how the container hands them out
     * @param checks the constraints on each element
     * @param cascade whether each element is validated too ({@code List<@Valid UserStory>})
     * @param elements what the element's own type arguments check ({@code List<List<@OneLine String>>})
     */
    record Element(Container container, List<Check> checks, boolean cascade, List<Element> elements) {}

    private final List<Check> checks;
    private final List<Property> properties;

    private BeanMeta(Class<?> type) {
        if (type.getName().startsWith("java.") || type.isEnum() || type.isPrimitive() || type.isArray()) {
            checks = List.of();
            properties = List.of();
            return;
        }
        List<Check> classChecks = new ArrayList<>();
        for (Class<?> t : hierarchy(type)) {
            if (t.isAnnotationPresent(GroupSequence.class)) {
                throw Unsupported.feature("a redefined default group sequence (" + t.getName() + ")");
            }
            classChecks.addAll(Check.of(t.getDeclaredAnnotations(), t));
            rejectGetters(t);
        }
        List<Property> props = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    property(f).ifPresent(props::add);
                }
            }
        }
        checks = List.copyOf(classChecks);
        properties = List.copyOf(props);
    }

    /** The metadata of {@code type}, read on first use. */
    static BeanMeta of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The class-level constraints. */
    List<Check> checks() {
        return checks;
    }

    /** The fields with something to check, in declaration order. */
    List<Property> properties() {
        return properties;
    }

    private static Optional<Property> property(Field f) {
        Annotation[] annotations = f.getDeclaredAnnotations();
        if (f.isAnnotationPresent(ConvertGroup.class) || f.isAnnotationPresent(ConvertGroup.List.class)) {
            throw Unsupported.feature("group conversion (" + f + ")");
        }
        List<Element> elements = elements(f.getAnnotatedType());
        boolean cascade = f.isAnnotationPresent(Valid.class);
        if (!cascade && elements.isEmpty() && !Check.marks(annotations)) {
            return Optional.empty();
        }
        List<Check> checks = Check.of(annotations, f.getType());
        Container legacy = cascade ? legacyContainer(f.getType()) : null;
        f.setAccessible(true);
        return Optional.of(new Property(f.getName(), f, checks, cascade, legacy, elements));
    }

    /** The container {@code @Valid} on a field of {@code type} cascades into, as providers do; null for a bean. */
    private static Container legacyContainer(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return Container.LIST;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Container.MAP_VALUE;
        }
        if (Iterable.class.isAssignableFrom(type)) {
            return Container.ITERABLE;
        }
        if (type == Optional.class) {
            return Container.OPTIONAL;
        }
        return type.isArray() ? Container.ARRAY : null;
    }

    /** What the type arguments (or array component) of {@code type} check. */
    private static List<Element> elements(AnnotatedType type) {
        List<Element> out = new ArrayList<>(0);
        if (type instanceof AnnotatedParameterizedType p) {
            Class<?> raw = Types.raw(p.getType());
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            if (List.class.isAssignableFrom(raw) && args.length == 1) {
                element(Container.LIST, args[0]).ifPresent(out::add);
            } else if (Map.class.isAssignableFrom(raw) && args.length == 2) {
                element(Container.MAP_KEY, args[0]).ifPresent(out::add);
                element(Container.MAP_VALUE, args[1]).ifPresent(out::add);
            } else if (raw == Optional.class) {
                element(Container.OPTIONAL, args[0]).ifPresent(out::add);
            } else if (Iterable.class.isAssignableFrom(raw) && args.length == 1) {
                element(Container.ITERABLE, args[0]).ifPresent(out::add);
            } else {
                for (AnnotatedType arg : args) {
                    if (marked(arg)) {
                        throw Unsupported.feature("constraints in the type arguments of " + raw.getName());
                    }
                }
            }
        } else if (type instanceof AnnotatedArrayType a) {
            element(Container.ARRAY, a.getAnnotatedGenericComponentType()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static Optional<Element> element(Container container, AnnotatedType arg) {
        Annotation[] annotations = arg.getAnnotations();
        List<Element> nested = elements(arg);
        boolean cascade = arg.isAnnotationPresent(Valid.class);
        if (!cascade && nested.isEmpty() && !Check.marks(annotations)) {
            return Optional.empty();
        }
        Class<?> raw = Types.raw(arg.getType());
        if (raw == null) {
            throw Unsupported.feature("constraints on a type variable (" + arg + ")");
        }
        return Optional.of(new Element(container, Check.of(annotations, raw), cascade, nested));
    }

    private static boolean marked(AnnotatedType type) {
        if (Check.marks(type.getAnnotations())) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                if (marked(arg)) {
                    return true;
                }
            }
        }
        return type instanceof AnnotatedArrayType a && marked(a.getAnnotatedGenericComponentType());
    }

    /**
     * Rejects constraints on getters ({@code getX()}, {@code isX()}, {@code hasX()}), which providers
     * check as properties and the engine does not. A record's accessors ({@code title()}) carry the
     * component's constraints too; providers leave those to method validation, and so does the engine.
     */
    private static void rejectGetters(Class<?> t) {
        for (Method m : t.getDeclaredMethods()) {
            if (m.getParameterCount() != 0
                    || m.getReturnType() == void.class
                    || Modifier.isStatic(m.getModifiers())
                    || m.isSynthetic()
                    || !getter(m.getName())) {
                continue;
            }
            if (Check.marks(m.getDeclaredAnnotations()) || marked(m.getAnnotatedReturnType())) {
                throw Unsupported.feature("constraints on getters (" + m + ")");
            }
        }
    }

    private static boolean getter(String name) {
        return prefixed(name, "get") || prefixed(name, "is") || prefixed(name, "has");
    }

    private static boolean prefixed(String name, String prefix) {
        return name.length() > prefix.length()
                && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** {@code type}, its superclasses and every interface any of them implements, each once. */
    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            addWithInterfaces(c, all);
        }
        return all;
    }

    private static void addWithInterfaces(Class<?> c, Set<Class<?>> all) {
        if (c.getName().startsWith("java.") || !all.add(c)) {
            return;
        }
        for (Class<?> i : c.getInterfaces()) {
            addWithInterfaces(i, all);
        }
    }
}
