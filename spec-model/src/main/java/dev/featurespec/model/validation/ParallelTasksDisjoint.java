package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.FilePaths;
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
 * Two {@code [P]} tasks of one phase (groups included) name different files: Spec Kit marks a task
 * parallel when it touches files no other task of its phase does. A conflict is reported at the later
 * task as {@code T005 and T004 are both [P] under "Phase 3: …" and both name src/app.ts}, once per pair
 * and file. Paths are compared without a leading {@code ./} or {@code /}. Rule {@link
 * Rule#PARALLEL_CONFLICT FS132}.
 */
@Documented
@Constraint(validatedBy = ParallelTasksDisjoint.Validator.class)
@ReportsRule(Rule.PARALLEL_CONFLICT)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ParallelTasksDisjoint {
    /** The message when the validator does not build its own. */
    String message() default "two [P] tasks of one phase name the same file";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ParallelTasksDisjoint}. */
    final class Validator implements ConstraintValidator<ParallelTasksDisjoint, TaskList> {
        @Override
        public boolean isValid(TaskList list, ConstraintValidatorContext context) {
            if (list == null) {
                return true;
            }
            boolean valid = true;
            int phase = -1;
            // file → the first [P] task of the current phase naming it
            Map<String, String> owner = new HashMap<>();
            for (TaskWalk.Placed placed : TaskWalk.tasks(list)) {
                if (placed.phase() != phase) {
                    phase = placed.phase();
                    owner.clear();
                }
                if (!placed.task().parallel()) {
                    continue;
                }
                String name = placed.task().id().orElse("a task");
                for (String file : placed.task().files()) {
                    String first = owner.putIfAbsent(FilePaths.normalised(file), name);
                    if (first != null) {
                        Violations.add(
                                context,
                                name + " and " + first + " are both [P] " + TaskWalk.where(list, phase)
                                        + " and both name " + file,
                                placed.path());
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }
}
