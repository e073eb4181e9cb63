package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.SpecTexts.Key;
import dev.featurespec.model.template.internal.ItemRuns;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A requirement or success criterion the Markdown writer puts in a table row (its run has attributes,
 * see {@code ### Functional Requirements} in docs/format.md) holds only what a GFM table cell keeps:
 * its text no line break; no text, attribute name or value a {@code |} that is not escaped ({@code \|}
 * is kept as written), which would end the cell; a requirement no label and a criterion no list marker, which a row has no place for;
 * and the first row of each table an id, by which the parser tells a table of requirements or criteria. Each is reported at its field with
 * rule {@link Rule#NOT_WRITABLE FS120}; the Markdown parser never produces one.
 */
@Documented
@Constraint(validatedBy = TableRows.Validator.class)
@ReportsRule(Rule.NOT_WRITABLE)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TableRows {
    /** The message when the validator does not build its own. */
    String message() default "a table row cannot hold this text";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link TableRows}. */
    final class Validator implements ConstraintValidator<TableRows, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = true;
            List<Requirement> requirements = spec.functionalRequirements();
            for (ItemRuns.Run run : ItemRuns.of(attributes(requirements, Requirement::attributes))) {
                for (int i = run.from(); run.table() && i < run.to(); i++) {
                    Requirement r = requirements.get(i);
                    valid &= firstId(context, run, i, r.id(), "requirement", "functionalRequirements");
                    valid &= cells(context, "requirement", "functionalRequirements", i, r.text(), r.attributes());
                    valid &= unplaced(context, r.label(), "requirement label", "functionalRequirements", i, "label");
                }
            }
            List<SuccessCriterion> criteria = spec.successCriteria();
            for (ItemRuns.Run run : ItemRuns.of(attributes(criteria, SuccessCriterion::attributes))) {
                for (int i = run.from(); run.table() && i < run.to(); i++) {
                    SuccessCriterion c = criteria.get(i);
                    valid &= firstId(context, run, i, c.id(), "success criterion", "successCriteria");
                    valid &= cells(context, "success criterion", "successCriteria", i, c.text(), c.attributes());
                    valid &= unplaced(context, c.marker(), "criterion marker", "successCriteria", i, "marker");
                }
            }
            return valid;
        }

        /** The first row of a table has an id: the parser tells a table of requirements or criteria by it. */
        private static boolean firstId(
                ConstraintValidatorContext context,
                ItemRuns.Run run,
                int index,
                Optional<String> id,
                String what,
                String list) {
            if (index != run.from() || id.isPresent()) {
                return true;
            }
            Violations.add(
                    context,
                    "the first " + what + " of a table has no id, without which the table would not read back as "
                            + "a table of them",
                    list,
                    index,
                    "id");
            return false;
        }

        private static <T> List<Map<String, String>> attributes(
                List<T> items, java.util.function.Function<T, Map<String, String>> of) {
            List<Map<String, String>> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(of.apply(item)));
            return out;
        }

        private static boolean cells(
                ConstraintValidatorContext context,
                String what,
                String list,
                int index,
                String text,
                Map<String, String> attributes) {
            boolean valid = true;
            if (text != null && OneLine.Validator.breaks(text)) {
                Violations.add(
                        context,
                        what + " text holds a line break, which its table row cannot keep (its "
                                + "requirements or criteria have attributes, so they are written as a table); "
                                + "write it on one line",
                        list,
                        index,
                        "text");
                valid = false;
            } else if (text != null && endsCell(text)) {
                Violations.add(context, pipe(what + " text"), list, index, "text");
                valid = false;
            }
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (endsCell(e.getKey()) || (e.getValue() != null && endsCell(e.getValue()))) {
                    Violations.add(context, pipe("attribute"), list, index, "attributes", new Key(e.getKey()));
                    valid = false;
                }
            }
            return valid;
        }

        /** True when {@code text} holds a {@code |} without a backslash before it, which ends a table cell. */
        static boolean endsCell(String text) {
            for (int i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
                if (i == 0 || text.charAt(i - 1) != '\\') {
                    return true;
                }
            }
            return false;
        }

        private static String pipe(String what) {
            return what + " holds a '|' in a table row, which its cell does not keep as written";
        }

        private static boolean unplaced(
                ConstraintValidatorContext context,
                Optional<String> value,
                String what,
                String list,
                int index,
                String property) {
            if (value.isEmpty()) {
                return true;
            }
            Violations.add(
                    context,
                    what + " " + Violations.literal(value.get())
                            + " has no place in a table row (its requirements or criteria have attributes, so "
                            + "they are written as a table)",
                    list,
                    index,
                    property);
            return false;
        }
    }
}
