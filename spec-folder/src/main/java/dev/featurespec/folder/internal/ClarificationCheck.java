package dev.featurespec.folder.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.SpecValidator;

/**
 * FS208: an open {@code [NEEDS CLARIFICATION]} marker in the spec while {@code tasks.md} already lists
 * tasks. The markers are the ones the spec's own rule FS110 finds (the {@link ReadyForPlanning} check of
 * {@link SpecValidator}), reported at the same place. Not API.
 */
public final class ClarificationCheck {
    private ClarificationCheck() {}

    public static void run(FolderChecks c, SpecValidator validator) {
        if (!c.hasTasks() || c.folder().spec().unreadable()) {
            return;
        }
        int count = c.tasks().get().tasks().size();
        var spec = c.folder().spec();
        for (Diagnostic d : validator.validate(spec.document(), spec.sourceMap(), ReadyForPlanning.class)) {
            if (d.rule() != Rule.OPEN_CLARIFICATION) {
                continue;
            }
            String message = d.message() + " in the spec, but tasks.md already lists " + count
                    + (count == 1 ? " task" : " tasks");
            c.findings()
                    .add(
                            spec,
                            new Diagnostic(
                                    Rule.CLARIFICATION_AFTER_TASKS,
                                    Rule.CLARIFICATION_AFTER_TASKS.defaultSeverity(),
                                    message,
                                    d.pointer(),
                                    d.range()
                                            .or(() -> java.util.Optional.of(
                                                    dev.featurespec.model.diagnostic.SourceRange.of(1, 1, 1, 1)))));
        }
    }
}
