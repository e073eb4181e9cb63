package dev.featurespec.model.validation.internal;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.validation.ReportsRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One constraint as declared on one element (a class, a record component, a type argument): its
 * annotation, its validator (initialised once, as a provider does), its groups, and what a violation
 * of it reports (rule, severity, message template and the attributes the template may name).
 * Immutable once built; the validator is shared by every thread, as a provider shares it.
 */
final class Check {
    private static final Class<?>[] DEFAULT_GROUPS = {Default.class};

    /**
     * Per annotation type, its {@code value()} when that returns constraint annotations (the container of a
     * repeatable constraint, {@code @NoPlaceholders.List}), else {@code null}; looked up once per type.
     */
    private static final ClassValue<Method> CONTAINED = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (Method m : type.getDeclaredMethods()) {
                Class<?> returned = m.getReturnType();
                if (m.getName().equals("value")
                        && m.getParameterCount() == 0
                        && returned.isArray()
                        && returned.getComponentType().isAnnotation()
                        && returned.getComponentType().isAnnotationPresent(Constraint.class)) {
                    return m;
                }
            }
            return null;
        }
    };

    private final Annotation annotation;
    private final ConstraintValidator<Annotation, Object> validator;
    private final Class<?>[] groups;
    private final Rule rule;
    private final Severity severity;
    private final String template;
    private final Map<String, Object> attributes;

    private Check(
            Annotation annotation, ConstraintValidator<Annotation, Object> validator, Map<String, Object> attributes) {
        this.annotation = annotation;
        this.validator = validator;
        this.attributes = attributes;
        Class<?>[] declared = (Class<?>[]) attributes.get("groups");
        this.groups = declared == null || declared.length == 0 ? DEFAULT_GROUPS : declared.clone();
        ReportsRule reports = annotation.annotationType().getAnnotation(ReportsRule.class);
        this.rule = reports == null ? null : reports.value();
        @SuppressWarnings("unchecked")
        Class<? extends Payload>[] payload = (Class<? extends Payload>[]) attributes.get("payload");
        this.severity = Severities.of(payload == null ? Set.of() : Set.of(payload));
        this.template = String.valueOf(attributes.get("message"));
    }

    /**
     * The constraints among {@code annotations} (those of a repeatable constraint's container too), each
     * with the validator for values of {@code type}; empty when there are none.
     *
     * @throws UnsupportedOperationException for what featurespec's constraints do not use: composed
     *     constraints, {@code @ReportAsSingleViolation}, a constraint with no validator for {@code type}
     */
    static List<Check> of(Annotation[] annotations, Class<?> type) {
        List<Check> checks = new ArrayList<>(0);
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                checks.add(of(a, type));
            } else {
                for (Annotation repeated : repeated(a)) {
                    checks.add(of(repeated, type));
                }
            }
        }
        return List.copyOf(checks);
    }

    /** True when {@code annotations} hold a constraint or {@code @Valid}. */
    static boolean marks(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Valid
                    || a.annotationType().isAnnotationPresent(Constraint.class)
                    || CONTAINED.get(a.annotationType()) != null) {
                return true;
            }
        }
        return false;
    }

    private static Check of(Annotation a, Class<?> type) {
        Class<? extends Annotation> kind = a.annotationType();
        for (Annotation meta : kind.getDeclaredAnnotations()) {
            if (meta.annotationType().isAnnotationPresent(Constraint.class)
                    || meta instanceof ReportAsSingleViolation) {
                throw Unsupported.feature("composed constraints (@" + kind.getSimpleName() + ")");
            }
        }
        if (kind.getAnnotation(Constraint.class).validatedBy().length == 0) {
            throw Unsupported.feature("@" + kind.getName() + ", whose validators a provider brings");
        }
        Class<?> boxed = Types.boxed(type);
        Class<? extends ConstraintValidator<?, ?>> chosen =
                choose(kind, kind.getAnnotation(Constraint.class).validatedBy(), boxed);
        @SuppressWarnings("unchecked")
        ConstraintValidator<Annotation, Object> validator =
                (ConstraintValidator<Annotation, Object>) instantiate(chosen);
        validator.initialize(a);
        return new Check(a, validator, attributes(a));
    }

    /** The constraints a repeatable constraint's container annotation holds in its {@code value()}. */
    private static List<Annotation> repeated(Annotation container) {
        Method value = CONTAINED.get(container.annotationType());
        return value == null ? List.of() : List.of((Annotation[]) invoke(value, container));
    }

    /** The one of {@code candidates} that validates {@code type}, the most specific when several do. */
    private static Class<? extends ConstraintValidator<?, ?>> choose(
            Class<? extends Annotation> kind, Class<? extends ConstraintValidator<?, ?>>[] candidates, Class<?> type) {
        Class<? extends ConstraintValidator<?, ?>> best = null;
        Class<?> bestType = null;
        for (Class<? extends ConstraintValidator<?, ?>> candidate : candidates) {
            Class<?> validated = validatedType(candidate);
            if (!validated.isAssignableFrom(type)) {
                continue;
            }
            if (best == null || bestType.isAssignableFrom(validated)) {
                best = candidate;
                bestType = validated;
            } else if (!validated.isAssignableFrom(bestType)) {
                throw Unsupported.feature(
                        "more than one validator of @" + kind.getSimpleName() + " for " + type.getName());
            }
        }
        if (best == null) {
            throw Unsupported.feature(
                    "@" + kind.getSimpleName() + " on a " + type.getName() + ", which none of its validators takes");
        }
        return best;
    }

    /** The type {@code validator} validates: the second type argument of its {@code ConstraintValidator}. */
    static Class<?> validatedType(Class<?> validator) {
        for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                    Type validated = p.getActualTypeArguments()[1];
                    Class<?> raw = Types.raw(validated);
                    if (raw == null) {
                        throw Unsupported.feature("validator " + validator.getName() + " of a type variable");
                    }
                    return raw;
                }
            }
        }
        throw Unsupported.feature("validator " + validator.getName() + " without a ConstraintValidator type");
    }

    private static Object instantiate(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            if (!Modifier.isPublic(constructor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                constructor.setAccessible(true);
            }
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the constraint validator " + type.getName(), e);
        }
    }

    /** Every attribute of {@code a} by name, as a provider's constraint descriptor lists them. */
    private static Map<String, Object> attributes(Annotation a) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Method m : a.annotationType().getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                attributes.put(m.getName(), invoke(m, a));
            }
        }
        return Map.copyOf(attributes);
    }

    private static Object invoke(Method m, Annotation a) {
        try {
            if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                m.setAccessible(true);
            }
            return m.invoke(a);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read @" + a.annotationType().getName() + "." + m.getName(), e);
        }
    }

    /**
     * True when this constraint is checked in one of {@code requested}: it belongs to one of them or to a
     * group one of them extends ({@code ReadyForPlanning} checks {@code Default}'s constraints too).
     */
    boolean in(Class<?>[] requested) {
        for (Class<?> r : requested) {
            for (Class<?> g : groups) {
                if (g.isAssignableFrom(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rejects the groups the engine cannot honour: group sequences. */
    static void checkGroups(Class<?>[] requested) {
        for (Class<?> r : requested) {
            if (r.isAnnotationPresent(GroupSequence.class)) {
                throw Unsupported.feature("group sequences (" + r.getName() + ")");
            }
        }
    }

    ConstraintValidator<Annotation, Object> validator() {
        return validator;
    }

    Annotation annotation() {
        return annotation;
    }

    /** The rule the constraint reports ({@link ReportsRule}); {@code null} when it names none. */
    Rule rule() {
        return rule;
    }

    Severity severity() {
        return severity;
    }

    /** The annotation's {@code message}. */
    String template() {
        return template;
    }

    /** {@code template} with this constraint's attributes substituted, as the provider's interpolator does. */
    String interpolate(String template) {
        return Messages.interpolate(template, attributes);
    }

    @Override
    public String toString() {
        return annotation.toString();
    }
}
