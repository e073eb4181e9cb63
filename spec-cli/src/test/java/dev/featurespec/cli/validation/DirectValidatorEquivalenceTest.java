package dev.featurespec.cli.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.validation.AnchoredExtraSections;
import dev.featurespec.model.validation.CanonicalCriterionId;
import dev.featurespec.model.validation.CanonicalRequirementId;
import dev.featurespec.model.validation.ClarificationLimit;
import dev.featurespec.model.validation.CompleteScenario;
import dev.featurespec.model.validation.CriterionId;
import dev.featurespec.model.validation.HasId;
import dev.featurespec.model.validation.HasP1Story;
import dev.featurespec.model.validation.IndependentTest;
import dev.featurespec.model.validation.IsoDate;
import dev.featurespec.model.validation.MandatorySections;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NoOpenClarifications;
import dev.featurespec.model.validation.NoPlaceholders;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.ParallelTasksDisjoint;
import dev.featurespec.model.validation.PriorityRange;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.ReportsRule;
import dev.featurespec.model.validation.RequirementId;
import dev.featurespec.model.validation.Rfc2119Keyword;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.model.validation.StoryNotes;
import dev.featurespec.model.validation.TableRows;
import dev.featurespec.model.validation.TaskIdOrder;
import dev.featurespec.model.validation.UniqueChecklistIds;
import dev.featurespec.model.validation.UniqueIds;
import dev.featurespec.model.validation.UniqueMetadata;
import dev.featurespec.model.validation.UniqueTaskIds;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.FolderGenerator;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.testkit.TextInjection;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecValidator#direct()} reports exactly what {@link SpecValidator#create()} (Hibernate
 * Validator) reports: the same diagnostics (rule, severity, message, pointer, source range) in the same
 * order, in the {@code Default} group and in {@link ReadyForPlanning}, for every real spec of the corpus,
 * every task list and checklist of its feature folders, every spec, task list and checklist in the
 * repository's test data and examples, and generated specs, task lists and checklists, hostile text
 * injected into every text field among them. Generated counts grow with {@code
 * -Dfeaturespec.equivalence.seeds=N}.
 */
class DirectValidatorEquivalenceTest {
    private static final int SEEDS = Integer.getInteger("featurespec.equivalence.seeds", 60);
    private static final Class<?>[][] GROUPS = {{}, {ReadyForPlanning.class}};
    /** Every constraint on the model; the comparisons together must see each of their rules reported. */
    private static final List<Class<? extends Annotation>> CONSTRAINTS = List.of(
            AnchoredExtraSections.class,
            CanonicalCriterionId.class,
            CanonicalRequirementId.class,
            ClarificationLimit.class,
            CompleteScenario.class,
            CriterionId.class,
            HasId.class,
            HasP1Story.class,
            IndependentTest.class,
            IsoDate.class,
            MandatorySections.class,
            MarkdownText.class,
            NoOpenClarifications.class,
            NoPlaceholders.class,
            NotBlankText.class,
            OneLine.class,
            ParallelTasksDisjoint.class,
            PriorityRange.class,
            RequirementId.class,
            Rfc2119Keyword.class,
            StoryNotes.class,
            TableRows.class,
            TaskIdOrder.class,
            UniqueChecklistIds.class,
            UniqueIds.class,
            UniqueMetadata.class,
            UniqueTaskIds.class);

    private static final SpecValidator HIBERNATE = SpecValidator.create();
    private static final SpecValidator DIRECT = SpecValidator.direct();
    private static final MarkdownSpecParser SPECS = MarkdownSpecParser.create();
    private static final MarkdownTasksParser TASKS = MarkdownTasksParser.create();
    private static final MarkdownChecklistParser CHECKLISTS = MarkdownChecklistParser.create();

    private static final TreeMap<String, Integer> COMPARED = new TreeMap<>();
    private static final Set<Rule> SEEN = EnumSet.noneOf(Rule.class);
    private static int diagnostics;

    @Test
    void corpusSpecs() throws IOException {
        List<Path> specs = Corpus.everySpecOrSkip();
        for (Path spec : specs) {
            compareSpec(spec);
        }
        assertThat(count("corpus specs")).isEqualTo(specs.size()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void corpusTaskListsAndChecklists() throws IOException {
        for (Path folder : Corpus.foldersOrSkip()) {
            Path tasks = folder.resolve("tasks.md");
            if (Files.isRegularFile(tasks)) {
                compareTasks(tasks, "corpus task lists");
            }
            Path checklists = folder.resolve("checklists");
            if (Files.isDirectory(checklists)) {
                for (Path checklist : markdownUnder(checklists)) {
                    compareChecklist(checklist, "corpus checklists");
                }
            }
        }
        assertThat(count("corpus task lists")).isGreaterThanOrEqualTo(40);
        assertThat(count("corpus checklists")).isGreaterThanOrEqualTo(30);
    }

    @Test
    void repositoryTestDataAndExamples() throws IOException {
        List<Path> roots = List.of(Path.of("testdata"), Path.of("examples"), Path.of("spec-parser/src/test/resources"));
        for (Path root : roots) {
            for (Path file : markdownUnder(root)) {
                String name = file.getFileName().toString();
                if (name.equals("tasks.md") || file.startsWith(Path.of("testdata/tasks"))) {
                    compareTasks(file, "repository task lists");
                } else if (file.getParent().endsWith("checklists")) {
                    compareChecklist(file, "repository checklists");
                } else if (!name.equals("plan.md") && !name.endsWith(".diagnostics.md")) {
                    compareSpec(file);
                }
            }
        }
        // the expected models of the good cases, read from JSON
        try (Stream<Path> files = Files.list(Path.of("testdata/good"))) {
            for (Path json :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ParseResult read = JsonSpecReader.create().parse(Files.readAllBytes(json));
                assertThat(read.unreadable()).as("%s", json).isFalse();
                compare(json, read.spec(), read.sourceMap(), SpecValidator::validate, "repository JSON specs");
            }
        }
        assertThat(count("repository specs")).isGreaterThanOrEqualTo(150);
        assertThat(count("repository JSON specs")).isGreaterThanOrEqualTo(40);
        assertThat(count("repository task lists")).isGreaterThanOrEqualTo(20);
        assertThat(count("repository checklists")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void generatedSpecsWithHostileTextInEveryField() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            FeatureSpec spec = new SpecGenerator(seed).next();
            compare(Path.of("generated-" + seed), spec, SourceMap.empty(), SpecValidator::validate, "generated specs");
            TextInjection.Field field =
                    TextInjection.Field.values()[(int) (seed % TextInjection.Field.values().length)];
            for (String text : TextInjection.HOSTILE) {
                FeatureSpec hostile = field.inject(spec, text);
                compare(
                        Path.of("injected-" + seed),
                        hostile,
                        SourceMap.empty(),
                        SpecValidator::validate,
                        "injected specs");
                if (seed % 4 == 0) {
                    FeatureSpec tables =
                            TextInjection.withItemTables(field.inject(TextInjection.tableReady(spec), text));
                    compare(
                            Path.of("tables-" + seed),
                            tables,
                            SourceMap.empty(),
                            SpecValidator::validate,
                            "injected specs");
                }
            }
        }
        assertThat(count("generated specs")).isEqualTo(SEEDS);
        assertThat(count("injected specs")).isGreaterThanOrEqualTo(SEEDS * TextInjection.HOSTILE.size());
    }

    @Test
    void generatedTaskListsAndChecklists() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            FolderGenerator generator = new FolderGenerator(seed);
            ReadResult<dev.featurespec.model.tasks.TaskList> tasks = TASKS.parse(generator.tasks());
            compare(
                    Path.of("tasks-" + seed),
                    tasks.document(),
                    tasks.sourceMap(),
                    SpecValidator::validate,
                    "generated task lists");
            ReadResult<dev.featurespec.model.checklist.Checklist> checklist = CHECKLISTS.parse(generator.checklist());
            compare(
                    Path.of("checklist-" + seed),
                    checklist.document(),
                    checklist.sourceMap(),
                    SpecValidator::validate,
                    "generated checklists");
        }
        assertThat(count("generated task lists")).isEqualTo(SEEDS);
    }

    /**
     * Hand-built specs for what neither real nor generated specs hold (the parser never builds them): a
     * metadata line given twice (FS119, at a map key), a map key with a line break and a {@code /} (FS120,
     * the key escaped in the pointer), extra sections anchored to absent sections (FS117).
     */
    @Test
    void handBuiltSpecs() {
        Map<String, String> other = new LinkedHashMap<>();
        other.put("Status", "Final");
        other.put("Epic\nTwo/x", "y");
        Metadata metadata = new Metadata(
                Optional.of("001-x"), Optional.of("2026-02-30"), Optional.of("Draft"), Optional.empty(), other);
        FeatureSpec spec = FeatureSpec.builder("Release #")
                .metadata(metadata)
                .addUserStory(
                        UserStory.builder(1, "Story").priority(Priority.P9).build())
                .addFunctionalRequirement(Requirement.of("FR-X", "does things"))
                .addExtraSection(ExtraSection.headed("Notes", 2, "text", Section.API_CONTRACT))
                .addExtraSection(ExtraSection.loose("loose", Section.OBSERVABILITY))
                .build();

        compare(Path.of("hand-built"), spec, SourceMap.empty(), SpecValidator::validate, "hand-built specs");

        assertThat(SpecValidator.direct().validate(spec))
                .extracting(d -> d.rule().id() + " " + d.pointer())
                .contains(
                        "FS119 /metadata/other/Status",
                        "FS120 /metadata/other/Epic\nTwo~1x",
                        "FS117 /extraSections/0/after",
                        "FS117 /extraSections/1/after",
                        "FS120 /title");
    }

    /** The comparisons, all together, saw every rule of every constraint reported at least once. */
    @AfterAll
    static void everyConstraintWasExercised() {
        System.out.println("DirectValidatorEquivalenceTest compared " + COMPARED + ", " + diagnostics
                + " diagnostics, rules " + SEEN);
        if (COMPARED.keySet()
                .containsAll(List.of("corpus specs", "repository specs", "generated specs", "hand-built specs"))) {
            Set<Rule> expected = EnumSet.noneOf(Rule.class);
            for (Class<? extends Annotation> constraint : CONSTRAINTS) {
                expected.add(constraint.getAnnotation(ReportsRule.class).value());
            }
            assertThat(SEEN).containsAll(expected);
        }
    }

    private static void compareSpec(Path file) throws IOException {
        var parsed = SPECS.parse(Files.readAllBytes(file));
        compare(
                file,
                parsed.spec(),
                parsed.sourceMap(),
                SpecValidator::validate,
                file.startsWith("testdata") || file.startsWith("examples") || file.startsWith("spec-parser")
                        ? "repository specs"
                        : "corpus specs");
    }

    private static void compareTasks(Path file, String kind) throws IOException {
        ReadResult<dev.featurespec.model.tasks.TaskList> read = TASKS.parse(Files.readAllBytes(file));
        compare(file, read.document(), read.sourceMap(), SpecValidator::validate, kind);
    }

    private static void compareChecklist(Path file, String kind) throws IOException {
        ReadResult<dev.featurespec.model.checklist.Checklist> read = CHECKLISTS.parse(Files.readAllBytes(file));
        compare(file, read.document(), read.sourceMap(), SpecValidator::validate, kind);
    }

    /** How a validator checks a document of type {@code T}. */
    @FunctionalInterface
    private interface Validation<T> {
        List<Diagnostic> validate(SpecValidator validator, T document, SourceMap sourceMap, Class<?>... groups);
    }

    private static <T> void compare(
            Path where, T document, SourceMap sourceMap, Validation<T> validation, String kind) {
        for (Class<?>[] groups : GROUPS) {
            List<Diagnostic> expected = validation.validate(HIBERNATE, document, sourceMap, groups);
            List<Diagnostic> actual = validation.validate(DIRECT, document, sourceMap, groups);
            assertThat(actual)
                    .as("%s in %s", where, groups.length == 0 ? "Default" : "ReadyForPlanning")
                    .containsExactlyElementsOf(expected);
            diagnostics += expected.size();
            expected.forEach(d -> SEEN.add(d.rule()));
        }
        COMPARED.merge(kind, 1, Integer::sum);
    }

    private static int count(String kind) {
        return COMPARED.getOrDefault(kind, 0);
    }

    private static List<Path> markdownUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
