package dev.featurespec.model.validation.internal;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.validation.internal.BeanMeta.Container;
import dev.featurespec.model.validation.internal.BeanMeta.Element;
import dev.featurespec.model.validation.internal.BeanMeta.Property;
import jakarta.validation.ValidationException;
import jakarta.validation.groups.Default;
import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates a model object graph by running its constraints' validators directly, as a Bean Validation
 * provider would but without one: every constraint of every bean reached, in the requested groups
 * ({@code Default} when none; a group extending {@code Default} checks {@code Default}'s constraints
 * too), cascading through {@code @Valid} into beans, list and map elements and optional values, and
 * reporting each violation with the JSON pointer of its place. Metadata is read once per class and
 * cached; a run keeps only the path to the current node, and hands each violation to a {@link Sink} at
 * once. Thread-safe: each call is independent.
 *
 * <pre>{@code
 * ConstraintEngine.validate(spec, new Class<?>[0], (rule, severity, message, pointer) -> …);
 * }</pre>
 */
public final class ConstraintEngine {
    private static final Class<?>[] DEFAULT = {Default.class};

    private ConstraintEngine() {}

    /** Receives the violations of one run. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One violation: the rule of its constraint ({@code null} when the constraint names none with
         * {@code ReportsRule}), the severity its payload names, the interpolated message and the RFC
         * 6901 JSON pointer of the node ({@code /functionalRequirements/3/id}, empty for the root).
         */
        void violation(Rule rule, Severity severity, String message, String pointer);
    }

    /**
     * Checks {@code root} and everything it cascades to in {@code groups} ({@code Default} when empty).
     *
     * @throws UnsupportedOperationException when the model uses a Bean Validation feature featurespec's
     *     constraints do not (group sequences, group conversion, composed constraints, getter constraints)
     */
    public static void validate(Object root, Class<?>[] groups, Sink sink) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(sink, "sink");
        for (Class<?> g : groups) {
            Objects.requireNonNull(g, "groups must not hold null");
        }
        Class<?>[] requested = groups.length == 0 ? DEFAULT : groups.clone();
        Check.checkGroups(requested);
        new Run(requested, sink).bean(root);
    }

    /** One validation: the requested groups, the path to the current node, the context validators get. */
    private static final class Run {
        private final Class<?>[] groups;
        private final Sink sink;
        private final DirectContext context = new DirectContext();
        private Object[] path = new Object[16];
        private int depth;

        Run(Class<?>[] groups, Sink sink) {
            this.groups = groups;
            this.sink = sink;
        }

        void bean(Object bean) {
            BeanMeta meta = BeanMeta.of(bean.getClass());
            for (Check c : meta.checks()) {
                check(c, bean);
            }
            for (Property p : meta.properties()) {
                Object value = read(p, bean);
                push(p.name());
                for (Check c : p.checks()) {
                    check(c, value);
                }
                if (value != null) {
                    for (Element e : p.elements()) {
                        elements(e, value);
                    }
                    if (p.cascade()) {
                        if (p.legacy() == null) {
                            bean(value);
                        } else {
                            cascade(p.legacy(), value);
                        }
                    }
                }
                pop();
            }
        }

        /** Checks the elements of {@code container} that {@code e} describes. */
        private void elements(Element e, Object container) {
            switch (e.container()) {
                case LIST -> {
                    int i = 0;
                    for (Object v : (List<?>) container) {
                        push(i++);
                        element(e, v);
                        pop();
                    }
                }
                case ITERABLE -> {
                    for (Object v : (Iterable<?>) container) {
                        element(e, v);
                    }
                }
                case MAP_KEY -> {
                    for (Object k : ((Map<?, ?>) container).keySet()) {
                        push(k);
                        element(e, k);
                        pop();
                    }
                }
                case MAP_VALUE -> {
                    for (Map.Entry<?, ?> entry : ((Map<?, ?>) container).entrySet()) {
                        push(entry.getKey());
                        element(e, entry.getValue());
                        pop();
                    }
                }
                case OPTIONAL -> element(e, ((Optional<?>) container).orElse(null));
                case ARRAY -> {
                    for (int i = 0, n = Array.getLength(container); i < n; i++) {
                        push(i);
                        element(e, Array.get(container, i));
                        pop();
                    }
                }
            }
        }

        private void element(Element e, Object value) {
            for (Check c : e.checks()) {
                check(c, value);
            }
            if (value != null) {
                for (Element nested : e.elements()) {
                    elements(nested, value);
                }
                if (e.cascade()) {
                    bean(value);
                }
            }
        }

        /** Validates the elements of a container field marked {@code @Valid} (the form before type-use constraints). */
        private void cascade(Container container, Object value) {
            elements(new Element(container, List.of(), true, List.of()), value);
        }

        private void check(Check c, Object value) {
            if (!c.in(groups)) {
                return;
            }
            context.reset(c);
            if (c.validator().isValid(value, context)) {
                return; // what the validator built is dropped, as providers do
            }
            String base = pointer();
            if (!context.defaultDisabled()) {
                sink.violation(c.rule(), c.severity(), c.interpolate(c.template()), base);
            } else if (context.customs().isEmpty()) {
                throw new ValidationException("the validator of " + c
                        + " disabled the default violation and built none at " + (base.isEmpty() ? "the root" : base));
            }
            for (DirectContext.Custom custom : context.customs()) {
                sink.violation(c.rule(), c.severity(), c.interpolate(custom.template()), base + custom.relative());
            }
        }

        private static Object read(Property p, Object bean) {
            try {
                return p.field().get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + p.field(), e);
            }
        }

        private void push(Object token) {
            if (depth == path.length) {
                path = Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = token;
        }

        private void pop() {
            path[--depth] = null;
        }

        private String pointer() {
            if (depth == 0) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append('/').append(Messages.escape(String.valueOf(path[i])));
            }
            return sb.toString();
        }
    }
}
