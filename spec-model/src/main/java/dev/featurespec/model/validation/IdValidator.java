package dev.featurespec.model.validation;

import dev.featurespec.model.internal.Ids;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The check behind the four id constraints: an id whose {@linkplain Ids#form form} is the one the
 * constraint rejects is a violation, with a message naming the id, what it should be and an example.
 * {@link Ids.Form#INVALID} rejects what is not an id at all ({@link RequirementId}, {@link
 * CriterionId}); {@link Ids.Form#ACCEPTED} rejects an id that is not canonical ({@link
 * CanonicalRequirementId}, {@link CanonicalCriterionId}). {@code null} is valid. Not API.
 *
 * @param <A> the constraint annotation
 */
abstract class IdValidator<A extends Annotation> implements ConstraintValidator<A, String> {
    private final Ids.Form rejected;
    private final String what;
    private final String example;

    /**
     * A validator rejecting ids of form {@code rejected}, which are not a {@code what} (e.g. {@code
     * requirement id}) like {@code example} ({@code FR-001}).
     */
    IdValidator(Ids.Form rejected, String what, String example) {
        this.rejected = rejected;
        this.what = what;
        this.example = example;
    }

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
        if (id == null || Ids.form(id) != rejected) {
            return true;
        }
        Violations.add(
                context,
                rejected == Ids.Form.INVALID
                        ? Violations.literal(id) + " is not a " + what
                                + " (expected letters, a hyphen and a number, like " + example + ")"
                        : id + " is not a canonical " + what + " (expected letters, a hyphen and three digits, like "
                                + example + ")");
        return false;
    }
}
