package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.SpecTexts;
import dev.featurespec.model.validation.internal.ConstraintEngine;
import dev.featurespec.model.validation.internal.Severities;
import dev.featurespec.testkit.Fixtures;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The direct engine behind {@link SpecValidator#direct()} on small hand-made beans, each case checked
 * against exact findings and against Hibernate Validator's for the same bean: cascades into map values,
 * container element constraints, class-level constraints reporting below the bean, group filtering,
 * severities, and what it refuses.
 */
class DirectEngineTest {
    private static final Validator HIBERNATE = Validation.byDefaultProvider()
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(SpecValidator.messageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    record Item(@OneLine(what = "item name") String name) {}

    record Catalogue(Map<String, @Valid Item> items, @Valid Item featured) {}

    record Texts(
            List<@NotBlankText(what = "entry") String> entries,
            Optional<@IsoDate(payload = Payloads.Info.class) String> date,
            Map<@OneLine(what = "key") String, @OneLine(what = "value") String> attributes,
            List<List<@NotBlankText(what = "cell") String>> rows) {}

    record Draft(
            @OneLine(what = "title") String title,

            @NotBlankText(what = "summary", groups = ReadyForPlanning.class)
            String summary) {}

    /** Reports {@code FS105} at {@code children[1].name} and at {@code tags[k]}, and its default message. */
    @Constraint(validatedBy = Flagged.Check.class)
    @ReportsRule(Rule.DUPLICATE_ID)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface Flagged {
        String message() default "{what} is flagged";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        String what() default "node";

        final class Check implements ConstraintValidator<Flagged, Node> {
            @Override
            public boolean isValid(Node node, ConstraintValidatorContext context) {
                if (node.children().size() < 2) {
                    return true;
                }
                Violations.add(context, "second child {x} $ \\", "children", 1, "name");
                Violations.add(context, "tag", "tags", new SpecTexts.Key("k/1"));
                Violations.add(context, "second child itself", "children", 1);
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addConstraintViolation();
                return false;
            }
        }
    }

    @Flagged(what = "tree")
    record Node(String name, List<@Valid Node> children, Map<String, String> tags) {}

    /** Asks its context for what featurespec's validators never use: a container element node. */
    @Constraint(validatedBy = ContainerNode.Check.class)
    @ReportsRule(Rule.DUPLICATE_ID)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface ContainerNode {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<ContainerNode, Odd> {
            @Override
            public boolean isValid(Odd odd, ConstraintValidatorContext context) {
                context.buildConstraintViolationWithTemplate("x")
                        .addContainerElementNode("<list element>", List.class, 0)
                        .addConstraintViolation();
                return false;
            }
        }
    }

    @ContainerNode
    record Odd() {}

    @GroupSequence({Default.class, ReadyForPlanning.class})
    interface Sequence {}

    record BuiltIn(@NotNull String value) {}

    @Test
    void cascadesIntoMapValuesAndBeans() {
        Catalogue c = new Catalogue(new LinkedHashMap<>(Map.of("a/b~", new Item("two\nlines"))), new Item(" padded"));

        assertThat(direct(c))
                .containsExactly(
                        "FS120 error /items/a~1b~0/name: item name holds a line break, which Markdown cannot keep in"
                                + " it; write it on one line",
                        "FS120 error /featured/name: item name starts or ends with blank space, which Markdown does"
                                + " not keep")
                .containsExactlyInAnyOrderElementsOf(hibernate(c));
    }

    @Test
    void checksContainerElementsAtTheirIndexOrKey() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ok", "fine");
        attributes.put("bad\nkey", "x");
        attributes.put("k", "bad\nvalue");
        Texts t = new Texts(
                List.of("one", " ", "three"),
                Optional.of("2026-13-01"),
                attributes,
                List.of(List.of("a"), List.of("b", "")));

        assertThat(direct(t))
                .containsExactlyInAnyOrder(
                        "FS116 error /entries/1: entry is blank",
                        "FS115 info /date: '2026-13-01' is not an ISO 8601 date (expected the form 2026-02-03)",
                        "FS120 error /attributes/bad\nkey: key holds a line break, which Markdown cannot keep in it;"
                                + " write it on one line",
                        "FS120 error /attributes/k: value holds a line break, which Markdown cannot keep in it; write"
                                + " it on one line",
                        "FS116 error /rows/1/1: cell is blank")
                .containsExactlyInAnyOrderElementsOf(hibernate(t));
    }

    @Test
    void classLevelConstraintReportsBelowItsBeanWithItsOwnAndTheDefaultMessage() {
        Node leaf = new Node("leaf", List.of(), Map.of());
        Node inner = new Node("inner", List.of(leaf, leaf), Map.of("k/1", "v"));
        Node root = new Node("root", List.of(leaf, inner), Map.of());

        assertThat(direct(root))
                .containsExactlyInAnyOrder(
                        "FS105 error /children/1: second child itself",
                        "FS105 error /children/1/children/1/name: second child {x} $ \\",
                        "FS105 error /children/1/tags/k~11: tag",
                        "FS105 error /children/1/children/1: second child itself",
                        "FS105 error /children/1: tree is flagged",
                        "FS105 error /children/1/name: second child {x} $ \\",
                        "FS105 error /tags/k~11: tag",
                        "FS105 error : tree is flagged")
                .containsExactlyInAnyOrderElementsOf(hibernate(root));
    }

    @Test
    void checksOnlyTheRequestedGroupsAndTheGroupsTheyExtend() {
        Draft d = new Draft("Two\nlines", "");

        assertThat(direct(d))
                .containsExactly("FS120 error /title: title holds a line break, which Markdown cannot keep in it;"
                        + " write it on one line")
                .containsExactlyInAnyOrderElementsOf(hibernate(d));
        assertThat(direct(d, ReadyForPlanning.class))
                .hasSize(2)
                .contains("FS116 error /summary: summary is blank")
                .containsExactlyInAnyOrderElementsOf(hibernate(d, ReadyForPlanning.class));
    }

    @Test
    void refusesWhatOnlyAProviderDoes() {
        assertThatThrownBy(() -> direct(new Draft("t", "s"), Sequence.class))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("group sequences");
        assertThatThrownBy(() -> direct(new BuiltIn(null)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("@jakarta.validation.constraints.NotNull, whose validators a provider brings");
        assertThatThrownBy(() -> direct(new Odd()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("SpecValidator.direct() checks featurespec's own constraints only and does not support"
                        + " container element nodes; use SpecValidator.create() or SpecValidator.using(validator)");
    }

    @Test
    void givesTheSameDiagnosticsOnTwoThreadsAtOnce() throws Exception {
        FeatureSpec spec =
                Fixtures.ready().toBuilder().title("[FEATURE NAME]\n").build();
        List<Diagnostic> expected = SpecValidator.create().validate(spec, ReadyForPlanning.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Diagnostic>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(() -> SpecValidator.direct().validate(spec, ReadyForPlanning.class));
            }
            for (Future<List<Diagnostic>> run : pool.invokeAll(runs)) {
                assertThat(run.get()).isEqualTo(expected).isNotEmpty();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> direct(Object bean, Class<?>... groups) {
        List<String> out = new ArrayList<>();
        ConstraintEngine.validate(
                bean,
                groups,
                (rule, severity, message, pointer) -> out.add(
                        rule.id() + " " + severity.name().toLowerCase(Locale.ROOT) + " " + pointer + ": " + message));
        return out;
    }

    private static List<String> hibernate(Object bean, Class<?>... groups) {
        List<String> out = new ArrayList<>();
        for (var v : HIBERNATE.validate(bean, groups)) {
            var descriptor = v.getConstraintDescriptor();
            Rule rule = descriptor
                    .getAnnotation()
                    .annotationType()
                    .getAnnotation(ReportsRule.class)
                    .value();
            out.add(rule.id() + " "
                    + Severities.of(descriptor.getPayload()).name().toLowerCase(Locale.ROOT) + " "
                    + SpecValidator.pointer(v.getPropertyPath()) + ": " + v.getMessage());
        }
        return out;
    }
}
