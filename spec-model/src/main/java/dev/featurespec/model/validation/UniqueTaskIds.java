package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.tasks.TaskList;
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
 * Task ids are unique in a task list. Each repeat is reported at the repeating task's id as {@code T005
 * is listed twice (first under "Phase 1: Setup")}. Rule {@link Rule#DUPLICATE_TASK_ID FS130}.
 */
@Documented
@Constraint(validatedBy = UniqueTaskIds.Validator.class)
@ReportsRule(Rule.DUPLICATE_TASK_ID)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueTaskIds {
    /** The message when the validator does not build its own. */
    String message() default "a task id is listed twice";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link UniqueTaskIds}. */
    final class Validator implements ConstraintValidator<UniqueTaskIds, TaskList> {
        @Override
        public boolean isValid(TaskList list, ConstraintValidatorContext context) {
            if (list == null) {
                return true;
            }
            Map<String, Integer> firstPhase = new HashMap<>();
            boolean valid = true;
            for (TaskWalk.Placed placed : TaskWalk.tasks(list)) {
                if (placed.task().id().isEmpty()) {
                    continue;
                }
                String id = placed.task().id().get();
                Integer first = firstPhase.putIfAbsent(id, placed.phase());
                if (first != null) {
                    Violations.add(
                            context,
                            id + " is listed twice (first " + TaskWalk.where(list, first) + ")",
                            placed.idPath());
                    valid = false;
                }
            }
            return valid;
        }
    }
}
