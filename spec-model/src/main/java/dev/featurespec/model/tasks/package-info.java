/**
 * The typed form of a feature's {@code tasks.md}: a {@link dev.featurespec.model.tasks.TaskList} of
 * {@link dev.featurespec.model.tasks.Phase}s, each holding {@link dev.featurespec.model.tasks.Task}s and
 * sub-headed {@link dev.featurespec.model.tasks.TaskGroup}s. Every type is an immutable record with a
 * builder; text fields hold Markdown source as written; what the text says in plain syntax ({@code [P]},
 * {@code [US2]}, file paths) is derived from it.
 *
 * <pre>{@code
 * TaskList tasks = TaskList.builder("Tasks: Checkout")
 *         .addPhase(Phase.builder("Phase 3: User Story 1 - Pay by card (Priority: P1)")
 *                 .addStory("US1")
 *                 .addTask(Task.of("T010", "[P] [US1] Create Payment model in src/models/payment.py"))
 *                 .build())
 *         .build();
 * }</pre>
 */
package dev.featurespec.model.tasks;
