package dev.featurespec.folder.internal;

import dev.featurespec.folder.Coverage;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.tasks.Phase;
import java.util.List;

/**
 * FS205: a user story whose tagged tasks all stand in phases of other stories ({@code T014 [US2]} under
 * {@code ## Phase 3: User Story 1}, and no {@code [US2]} task anywhere else). Tasks in phases that are for
 * no story (setup, polish) count as well placed. Reported at the story's first task. Not API.
 */
public final class StoryPhaseCheck {
    private StoryPhaseCheck() {}

    public static void run(FolderChecks c) {
        if (c.tasks().isEmpty()) {
            return;
        }
        TaskIndex tasks = c.tasks().get();
        List<Phase> phases = tasks.file().document().phases();
        for (SpecIndex.Declared story : c.spec().declared()) {
            if (story.kind() != Coverage.Kind.STORY) {
                continue;
            }
            TaskIndex.Traced first = null;
            boolean elsewhereOnly = true;
            for (TaskIndex.Traced t : tasks.tasks()) {
                if (!t.task().stories().contains(story.id())) {
                    continue;
                }
                List<String> phaseStories = phases.get(t.phase()).stories();
                if (phaseStories.isEmpty() || phaseStories.contains(story.id())) {
                    elsewhereOnly = false;
                    break;
                }
                if (first == null) {
                    first = t;
                }
            }
            if (first != null && elsewhereOnly) {
                Phase phase = phases.get(first.phase());
                c.findings()
                        .report(
                                tasks.file(),
                                Rule.STORY_TASKS_ELSEWHERE,
                                story.id() + " has tasks only in phases of other stories (" + first.name() + " under "
                                        + Quote.of(phase.heading().orElse("")) + ", which is for "
                                        + String.join(", ", phase.stories()) + ")",
                                first.pointer());
            }
        }
    }
}
