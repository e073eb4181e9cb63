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

/**
 * Task ids of the {@code T012} form go up in document order ({@code T012a} and {@code T012.1} come after
 * {@code T012}). Where an id is lower than the one before it, that task is reported once as {@code T011
 * comes after T025}; the tasks that follow are compared with it, so one misplaced block is one finding.
 * Repeats are {@link UniqueTaskIds}'s. Rule {@link Rule#TASK_ORDER FS131}.
 */
@Documented
@Constraint(validatedBy = TaskIdOrder.Validator.class)
@ReportsRule(Rule.TASK_ORDER)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TaskIdOrder {
    /** The message when the validator does not build its own. */
    String message() default "task ids are out of order";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link TaskIdOrder}. */
    final class Validator implements ConstraintValidator<TaskIdOrder, TaskList> {
        @Override
        public boolean isValid(TaskList list, ConstraintValidatorContext context) {
            if (list == null) {
                return true;
            }
            boolean valid = true;
            String previous = null;
            long previousKey = -1;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (TaskWalk.Placed placed : TaskWalk.tasks(list)) {
                if (placed.task().id().isEmpty()) {
                    continue;
                }
                String id = placed.task().id().get();
                long key = TaskWalk.key(id);
                if (key < 0 || !seen.add(id)) {
                    continue;
                }
                if (previous != null && key < previousKey) {
                    Violations.add(context, id + " comes after " + previous, placed.idPath());
                    valid = false;
                }
                previous = id;
                previousKey = key;
            }
            return valid;
        }
    }
}
