package dev.featurespec.model.validation;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.model.validation.internal.ConstraintEngine;
import dev.featurespec.model.validation.internal.Messages;
import dev.featurespec.model.validation.internal.Severities;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Validates a {@link FeatureSpec} with Bean Validation and reports {@link Diagnostic}s: rule, severity
 * (from the constraint's {@link Payloads payload}, error when it has none), message, JSON pointer
 * ({@code /functionalRequirements/3/id}) and, given a {@link SourceMap}, the source range. Diagnostics
 * are sorted by position, then pointer, and de-duplicated (the same rule, pointer and message once, at
 * its highest severity).
 *
 * <p>{@link #create()} returns one process-wide instance. Its {@link Validator} is bootstrapped on
 * first use from the default provider, ignoring XML configuration, with a small message interpolator
 * that needs no expression language and a traversable resolver that does not probe for JPA. Thread-safe.
 *
 * <p>featurespec brings no provider: put one Bean Validation 3.1 provider on the class path, such as
 * {@code org.hibernate.validator:hibernate-validator} (no expression language implementation needed).
 * Without one, {@link #create()}'s {@code validate} methods throw an {@link IllegalStateException} that
 * says so.
 *
 * <p>{@link #direct()} needs no provider: it runs featurespec's own constraint validators itself, over
 * the same constraints, groups and cascades, and reports the same diagnostics as {@link #create()} (a
 * test compares the two over real and generated specs, task lists and checklists). Its first use
 * costs about a third of the CPU time of a provider's bootstrap and first validation (no provider to
 * start, only the model's constraints to read), which is what a command line run over one file pays; it
 * knows featurespec's constraints only, so constraints of your own on the model's
 * types need {@link #create()} or {@link #using(Validator)}.
 *
 * <p>Hibernate Validator announces its version at INFO the first time it loads; when it logs through
 * {@code java.util.logging} (its choice when no other logging framework is present), the bootstrap
 * raises that one announcement's logger to WARNING while it runs and restores it afterwards, so
 * featurespec logs nothing and the rest of the logging configuration is untouched. Through Log4j 2,
 * Logback or SLF4J, your configuration decides.
 *
 * <pre>{@code
 * List<Diagnostic> problems = SpecValidator.create().validate(spec);
 * List<Diagnostic> blockers = SpecValidator.create().validate(spec, ReadyForPlanning.class);
 * List<Diagnostic> same = SpecValidator.direct().validate(spec); // no Bean Validation provider needed
 * }</pre>
 */
public final class SpecValidator {
    private static final SpecValidator INSTANCE = new SpecValidator(null, false);
    private static final SpecValidator DIRECT = new SpecValidator(null, true);

    private final Validator validator;
    private final boolean direct;

    private SpecValidator(Validator validator, boolean direct) {
        this.validator = validator;
        this.direct = direct;
    }

    /** The process-wide validator over the default Bean Validation provider. */
    public static SpecValidator create() {
        return INSTANCE;
    }

    /**
     * The process-wide validator that checks featurespec's own constraints without a Bean Validation
     * provider: it runs their validators directly, in the same groups and through the same cascades as
     * a provider, and reports the same diagnostics as {@link #create()}. Constraints that are not
     * featurespec's (your own annotations on the model's types) are not checked; a Bean Validation
     * feature the model does not use (group sequences, group conversion, composed constraints)
     * throws {@link UnsupportedOperationException}. Thread-safe.
     *
     * <pre>{@code
     * List<Diagnostic> problems = SpecValidator.direct().validate(spec, sourceMap);
     * }</pre>
     */
    public static SpecValidator direct() {
        return DIRECT;
    }

    /**
     * A validator over {@code validator}, for applications that configure their own (Spring's, say).
     * Violations of constraints that are not featurespec's are reported under {@link Rule#INVALID_VALUE}.
     */
    public static SpecValidator using(Validator validator) {
        return new SpecValidator(Objects.requireNonNull(validator, "validator"), false);
    }

    /** Checks {@code spec} in the {@code Default} group. */
    public List<Diagnostic> validate(FeatureSpec spec) {
        return validate(spec, SourceMap.empty());
    }

    /** Checks {@code spec} in the {@code Default} group, with source ranges from {@code sourceMap}. */
    public List<Diagnostic> validate(FeatureSpec spec, SourceMap sourceMap) {
        return validate(spec, sourceMap, new Class<?>[0]);
    }

    /** Checks {@code spec} in {@code groups}, e.g. {@link ReadyForPlanning}; none means {@code Default}. */
    public List<Diagnostic> validate(FeatureSpec spec, Class<?>... groups) {
        return validate(spec, SourceMap.empty(), groups);
    }

    /**
     * Checks {@code spec} in {@code groups}, with source ranges from {@code sourceMap}.
     *
     * @throws IllegalStateException when this is {@link #create()}'s validator and no Bean Validation
     *     provider is on the class path
     */
    public List<Diagnostic> validate(FeatureSpec spec, SourceMap sourceMap, Class<?>... groups) {
        return check(Objects.requireNonNull(spec, "spec"), sourceMap, groups);
    }

    /**
     * Checks a {@code tasks.md} model ({@link TaskList}) in {@code groups}, {@code Default} when none, with
     * source ranges from {@code sourceMap}: unique and ascending task ids, {@code [P]} tasks on different
     * files, non-blank task texts.
     */
    public List<Diagnostic> validate(TaskList tasks, SourceMap sourceMap, Class<?>... groups) {
        return check(Objects.requireNonNull(tasks, "tasks"), sourceMap, groups);
    }

    /**
     * Checks a checklist model in {@code groups}, {@code Default} when none, with source ranges from {@code
     * sourceMap}: unique item ids, non-blank item texts.
     */
    public List<Diagnostic> validate(Checklist checklist, SourceMap sourceMap, Class<?>... groups) {
        return check(Objects.requireNonNull(checklist, "checklist"), sourceMap, groups);
    }

    private <T> List<Diagnostic> check(T document, SourceMap sourceMap, Class<?>... groups) {
        Objects.requireNonNull(sourceMap, "sourceMap");
        Map<List<Object>, Diagnostic> unique = new LinkedHashMap<>();
        if (direct) {
            ConstraintEngine.validate(
                    document,
                    groups,
                    (rule, severity, message, pointer) ->
                            keep(unique, diagnostic(rule, severity, message, pointer, sourceMap)));
        } else {
            Validator v = validator != null ? validator : Holder.validator();
            Set<ConstraintViolation<T>> violations = v.validate(document, groups);
            for (Iterator<ConstraintViolation<T>> it = violations.iterator(); it.hasNext(); ) {
                Diagnostic d = toDiagnostic(it.next(), sourceMap);
                release(it);
                keep(unique, d);
            }
        }
        List<Diagnostic> out = new ArrayList<>(unique.values());
        out.sort(Diagnostic.BY_POSITION);
        return List.copyOf(out);
    }

    /**
     * Drops a converted violation from the provider's result set where the set allows it, so that a spec
     * with hundreds of thousands of findings never holds every violation and every diagnostic at once.
     */
    private static void release(Iterator<?> converted) {
        try {
            converted.remove();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // an unmodifiable result set: it stays until validate returns
        }
    }

    /** Keeps {@code d} once per rule, pointer and message, at the highest severity reported. */
    private static void keep(Map<List<Object>, Diagnostic> unique, Diagnostic d) {
        unique.merge(
                List.of(d.rule(), d.pointer(), d.message()),
                d,
                (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
    }

    private static Diagnostic toDiagnostic(ConstraintViolation<?> violation, SourceMap sourceMap) {
        var descriptor = violation.getConstraintDescriptor();
        ReportsRule reports = descriptor.getAnnotation().annotationType().getAnnotation(ReportsRule.class);
        return diagnostic(
                reports == null ? null : reports.value(),
                severity(descriptor.getPayload()),
                violation.getMessage(),
                pointer(violation.getPropertyPath()),
                sourceMap);
    }

    /**
     * The diagnostic of a violation of a constraint reporting {@code reported}; a constraint that is not
     * featurespec's ({@code reported} null) reports {@link Rule#INVALID_VALUE}, its message led by the
     * pointer.
     */
    private static Diagnostic diagnostic(
            Rule reported, Severity severity, String message, String pointer, SourceMap sourceMap) {
        Rule rule = reported != null ? reported : Rule.INVALID_VALUE;
        String text = reported != null ? message : (pointer.isEmpty() ? "" : pointer + ": ") + message;
        return new Diagnostic(rule, severity, text, pointer, sourceMap.find(pointer));
    }

    /** The severity a constraint's payload names; {@link Severity#ERROR} when it names none. */
    static Severity severity(Set<Class<? extends Payload>> payload) {
        return Severities.of(payload);
    }

    /**
     * The RFC 6901 JSON pointer of a Bean Validation property path: {@code functionalRequirements[3].id}
     * becomes {@code /functionalRequirements/3/id}, {@code metadata.other[Epic]} becomes {@code
     * /metadata/other/Epic}. Container element nodes ({@code <list element>}) add nothing.
     */
    public static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            boolean named = switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> name != null && !name.startsWith("<");
                default -> false;
            };
            if (named) {
                sb.append('/').append(escape(name));
            }
        }
        return sb.toString();
    }

    private static String escape(String token) {
        return Messages.escape(token);
    }

    /** Bootstraps the shared validator on first use only (holder idiom). */
    private static final class Holder {
        // the validator, or why there is none (no provider on the class path): kept, so every call says so
        private static final Object VALIDATOR_OR_FAILURE = quietly();

        static Validator validator() {
            if (VALIDATOR_OR_FAILURE instanceof Validator v) {
                return v;
            }
            throw new IllegalStateException(
                    "No Bean Validation provider could be started; add one to the class path, e.g. "
                            + "org.hibernate.validator:hibernate-validator, or use SpecValidator.using(validator)",
                    (RuntimeException) VALIDATOR_OR_FAILURE);
        }

        /**
         * {@link #bootstrap()} with Hibernate Validator's version announcement (HV000001, logged at INFO
         * by the static initialiser of the logger's class) kept quiet: that one logger is raised to
         * WARNING while the provider starts, then restored, so nothing else logs differently.
         */
        private static Object quietly() {
            Logger announcement = Logger.getLogger("org.hibernate.validator.internal.util.Version");
            Level before = announcement.getLevel();
            announcement.setLevel(Level.WARNING);
            try {
                return bootstrap();
            } catch (ValidationException e) {
                return e;
            } finally {
                announcement.setLevel(before);
            }
        }

        private static Validator bootstrap() {
            Configuration<?> configuration = Validation.byDefaultProvider()
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new PlainMessageInterpolator())
                    .traversableResolver(new EverythingTraversable());
            return withoutResolverCache(configuration).buildValidatorFactory().getValidator();
        }
    }

    /**
     * Hibernate Validator's switch for the traversable resolver's result cache: set to {@code false}, it
     * does not wrap our resolver in a per-validation cache. (The cache remembers every property of every
     * node of the spec, which for 200,000 requirements is more than a 256 MB heap holds, and our resolver
     * answers {@code true} at once anyway.) Named as a string so that the model needs no compile-time
     * dependency on Hibernate Validator.
     */
    static final String HIBERNATE_RESOLVER_CACHE = "hibernate.validator.enable_traversable_resolver_result_cache";

    /**
     * {@code configuration} with Hibernate Validator's traversable resolver cache off when Hibernate
     * Validator is the provider; other providers' configurations are returned as they are.
     */
    static Configuration<?> withoutResolverCache(Configuration<?> configuration) {
        if (configuration.getClass().getName().startsWith("org.hibernate.validator.")) {
            configuration.addProperty(HIBERNATE_RESOLVER_CACHE, "false");
        }
        return configuration;
    }

    /**
     * Every property is reachable and cascadable: the model is plain records, so providers need not look
     * for JPA's lazy loading (which Hibernate Validator's default resolver does at start-up).
     */
    static final class EverythingTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType elementType) {
            return true;
        }
    }

    /**
     * Substitutes {@code {name}} with the constraint attribute {@code name} and resolves the escapes
     * {@code \{ \} \$ \\}; nothing else. featurespec's validators build their messages themselves, so
     * no resource bundles and no expression language are needed.
     */
    static final class PlainMessageInterpolator implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return Messages.interpolate(
                    template, context.getConstraintDescriptor().getAttributes());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return interpolate(template, context);
        }
    }

    /** For tests: the message interpolator the shared validator uses. */
    static MessageInterpolator messageInterpolator() {
        return new PlainMessageInterpolator();
    }
}
