package dev.featurespec.folder;

import dev.featurespec.folder.internal.ChecklistReferenceCheck;
import dev.featurespec.folder.internal.CitationCheck;
import dev.featurespec.folder.internal.ClarificationCheck;
import dev.featurespec.folder.internal.CoverageCheck;
import dev.featurespec.folder.internal.Findings;
import dev.featurespec.folder.internal.FolderChecks;
import dev.featurespec.folder.internal.ItemIndex;
import dev.featurespec.folder.internal.ReadinessCheck;
import dev.featurespec.folder.internal.SpecIndex;
import dev.featurespec.folder.internal.StoryPhaseCheck;
import dev.featurespec.folder.internal.TaskIndex;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.markdown.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The deterministic traceability analysis of a {@link FeatureFolder}: how its spec, tasks and checklists
 * fit together. Same input, same findings, in the same order, every run. Immutable and thread-safe;
 * build once.
 *
 * <p>It reports, each with its rule, in the file and at the line where the problem is:
 *
 * <ul>
 *   <li>what reading {@code tasks.md} and the checklists found (FS030, …) and their own constraints:
 *       duplicate (FS130) and descending (FS131) task ids, {@code [P]} tasks of one phase naming the
 *       same file (FS132), duplicate checklist ids (FS133);
 *   <li>tasks, phases and groups citing a user story (FS201) or a requirement or criterion id (FS202)
 *       the spec does not declare;
 *   <li>stories (FS203) and requirements or criteria (FS204) no task cites, for each kind of id the tasks
 *       cite at all, and otherwise that the kind is not checked (FS209, info);
 *   <li>stories whose tasks all stand in phases of other stories (FS205);
 *   <li>checklist items citing a section or id that the spec or plan does not have (FS206), and left
 *       unchecked while the spec's status says it is ready (FS207);
 *   <li>open {@code [NEEDS CLARIFICATION]} markers in the spec while tasks exist (FS208).
 * </ul>
 *
 * <p>Every declared story, requirement and success criterion gets a {@link Coverage} entry, and so does
 * every id cited but not declared (orphaned). The spec's own checks are {@code SpecValidator}'s; when the
 * spec cannot be read at all, only its reading errors are reported. {@code featurespec-disable-next-line}
 * comments in a file silence findings on the line after them.
 *
 * <pre>{@code
 * Analysis analysis = Traceability.create().analyze(FeatureFolder.read(Path.of("specs/001-checkout")));
 * analysis.findings().forEach(System.out::println);
 * // specs/001-checkout/tasks.md:42:1: error: T014 cites US5, which the spec does not declare (…) [FS201]
 * analysis.coverage().stream().filter(c -> c.status() == Coverage.Status.UNCOVERED).forEach(…);
 * }</pre>
 */
public final class Traceability {
    /**
     * The words a ready status starts with, by default: {@code Ready}, {@code Approved}, {@code
     * Accepted}, {@code Final}, {@code Done}, {@code Complete(d)}, {@code Implemented}, {@code Released},
     * and their Spanish, Portuguese, French, German, Chinese, Japanese, Korean and Russian forms.
     */
    public static final List<String> DEFAULT_READY_STATUSES = List.of(
            "ready",
            "approved",
            "accepted",
            "final",
            "done",
            "complete",
            "completed",
            "implemented",
            "released",
            "listo",
            "aprobado",
            "aceptado",
            "completado",
            "implementado",
            "pronto",
            "aprovado",
            "aceito",
            "concluído",
            "prêt",
            "approuvé",
            "accepté",
            "terminé",
            "implémenté",
            "freigegeben",
            "genehmigt",
            "abgeschlossen",
            "fertig",
            "umgesetzt",
            "就绪",
            "已批准",
            "已完成",
            "完成",
            "已实现",
            "承認済み",
            "完了",
            "実装済み",
            "승인됨",
            "완료",
            "구현됨",
            "готово",
            "утверждено",
            "завершено",
            "реализовано");

    private final SpecValidator validator;
    private final List<String> readyStatuses;
    private final List<Language> languages;

    private Traceability(Builder b) {
        this.validator = b.validator != null ? b.validator : SpecValidator.create();
        this.readyStatuses = b.readyStatuses;
        this.languages = b.languages != null ? b.languages : Languages.builtIn();
    }

    /** The analysis with the defaults. */
    public static Traceability create() {
        return builder().build();
    }

    /** A builder with the defaults: {@link SpecValidator#create()}, {@link #DEFAULT_READY_STATUSES}, built-in languages. */
    public static Builder builder() {
        return new Builder();
    }

    /** Analyses {@code folder}. */
    public Analysis analyze(FeatureFolder folder) {
        Objects.requireNonNull(folder, "folder");
        Findings findings = new Findings();
        if (folder.spec().unreadable()) {
            folder.spec().diagnostics().stream()
                    .filter(d -> d.isError() && d.rule().id().startsWith("FS05"))
                    .forEach(d -> findings.add(folder.spec(), d));
        }
        folder.tasks().ifPresent(t -> {
            t.diagnostics().forEach(d -> findings.add(t, d));
            if (!t.unreadable()) {
                validator.validate(t.document(), t.sourceMap()).forEach(d -> findings.add(t, d));
            }
        });
        for (FolderFile<Checklist> c : folder.checklists()) {
            c.diagnostics().forEach(d -> findings.add(c, d));
            if (!c.unreadable()) {
                validator.validate(c.document(), c.sourceMap()).forEach(d -> findings.add(c, d));
            }
        }
        List<Coverage> coverage = List.of();
        if (!folder.spec().unreadable()) {
            FolderChecks checks = new FolderChecks(
                    folder,
                    new SpecIndex(folder, languages),
                    folder.tasks().map(TaskIndex::new),
                    new ItemIndex(folder.checklists()),
                    findings);
            CitationCheck.run(checks);
            coverage = CoverageCheck.run(checks);
            StoryPhaseCheck.run(checks);
            ChecklistReferenceCheck.run(checks);
            ReadinessCheck.run(checks, readyStatuses);
            ClarificationCheck.run(checks, validator);
        }
        return new Analysis(folder, suppressed(folder, findings.all()), coverage);
    }

    /** {@code findings} without those a {@code featurespec-disable-next-line} comment of their file silences. */
    private static List<Finding> suppressed(FeatureFolder folder, List<Finding> findings) {
        Map<Path, Suppressions> byFile = new HashMap<>();
        byFile.put(folder.spec().path(), Suppressions.parse(folder.spec().text()));
        folder.tasks().ifPresent(t -> byFile.put(t.path(), Suppressions.parse(t.text())));
        folder.checklists().forEach(c -> byFile.put(c.path(), Suppressions.parse(c.text())));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Suppressions s = Optional.ofNullable(byFile.get(f.path())).orElse(Suppressions.none());
            if (!s.suppresses(f.diagnostic())) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Configures a {@link Traceability}; not thread-safe. */
    public static final class Builder {
        private SpecValidator validator;
        private List<String> readyStatuses = DEFAULT_READY_STATUSES;
        private List<Language> languages;

        private Builder() {}

        /** The validator for the task lists' and checklists' constraints and the spec's open markers. */
        public Builder validator(SpecValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * The words a status that means "ready" starts with (whole word, any case); default {@link
         * #DEFAULT_READY_STATUSES}.
         */
        public Builder readyStatuses(List<String> words) {
            this.readyStatuses = List.copyOf(words);
            return this;
        }

        /** The languages whose id prefixes tell criteria from requirements; default every built-in one. */
        public Builder languages(List<Language> languages) {
            this.languages = List.copyOf(languages);
            return this;
        }

        public Traceability build() {
            return new Traceability(this);
        }
    }
}
