package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

/**
 * Item ids ({@code CHK007}) are unique in a checklist. Each repeat is reported at the repeating item's id
 * as {@code CHK007 is listed twice (first under "Requirement Clarity")}. Rule {@link
 * Rule#DUPLICATE_CHECKLIST_ID FS133}.
 */
@Documented
@Constraint(validatedBy = UniqueChecklistIds.Validator.class)
@ReportsRule(Rule.DUPLICATE_CHECKLIST_ID)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueChecklistIds {
    /** The message when the validator does not build its own. */
    String message() default "a checklist item id is listed twice";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link UniqueChecklistIds}. */
    final class Validator implements ConstraintValidator<UniqueChecklistIds, Checklist> {
        @Override
        public boolean isValid(Checklist checklist, ConstraintValidatorContext context) {
            if (checklist == null) {
                return true;
            }
            Map<String, Category> first = new HashMap<>();
            boolean valid = true;
            for (int c = 0; c < checklist.categories().size(); c++) {
                Category category = checklist.categories().get(c);
                for (int i = 0; i < category.items().size(); i++) {
                    var id = category.items().get(i).id();
                    if (id.isEmpty()) {
                        continue;
                    }
                    Category previous = first.putIfAbsent(id.get(), category);
                    if (previous != null) {
                        String where = previous.heading()
                                .map(h -> "under " + Violations.quote(h))
                                .orElse("before the first heading");
                        Violations.add(
                                context,
                                id.get() + " is listed twice (first " + where + ")",
                                "categories",
                                c,
                                "items",
                                i,
                                "id");
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }
}
