package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Metadata;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.MetadataLabels;
import dev.featurespec.model.internal.SpecTexts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Optional;

/**
 * Each metadata line appears once: {@link Metadata#other()} holds no label of a typed field that is
 * set ({@code Status} beside {@link Metadata#status()}, {@code Feature Branch} or {@code Branch} beside
 * the branch, {@code Created} or {@code Date}, {@code Input}; any case), which would write two such
 * lines. {@link Metadata.Builder#put} routes those labels to the typed field; a model read from JSON
 * or built with the constructor can still hold both. Reported at the entry of {@code other}. Rule
 * {@link Rule#DUPLICATE_METADATA FS119}.
 */
@Documented
@Constraint(validatedBy = UniqueMetadata.Validator.class)
@ReportsRule(Rule.DUPLICATE_METADATA)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueMetadata {
    /** The message when the validator does not build its own. */
    String message() default "a metadata line is given twice";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link UniqueMetadata}. */
    final class Validator implements ConstraintValidator<UniqueMetadata, Metadata> {
        @Override
        public boolean isValid(Metadata metadata, ConstraintValidatorContext context) {
            if (metadata == null || metadata.other().isEmpty()) {
                return true;
            }
            boolean valid = true;
            for (Map.Entry<String, String> e : metadata.other().entrySet()) {
                Optional<String> field = MetadataLabels.field(e.getKey());
                if (field.isEmpty()) {
                    continue;
                }
                Optional<String> typed = typed(metadata, field.get());
                if (typed.isPresent()) {
                    Violations.add(
                            context,
                            "Metadata '" + e.getKey() + "' is given twice: as " + field.get() + " "
                                    + Violations.literal(typed.get()) + " and in other "
                                    + Violations.literal(e.getValue()),
                            "other",
                            new SpecTexts.Key(e.getKey()));
                    valid = false;
                }
            }
            return valid;
        }

        private static Optional<String> typed(Metadata m, String field) {
            return switch (field) {
                case "featureBranch" -> m.featureBranch();
                case "created" -> m.created();
                case "status" -> m.status();
                default -> m.input();
            };
        }
    }
}
