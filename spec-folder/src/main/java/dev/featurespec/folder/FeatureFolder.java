package dev.featurespec.folder;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Spec Kit feature folder ({@code specs/001-checkout/}) read as a whole: {@code spec.md}, {@code
 * tasks.md} when there is one, every {@code checklists/*.md} (by name), and {@code plan.md} kept as text.
 * Immutable. {@link Traceability} analyses how the documents fit together.
 *
 * <pre>{@code
 * FeatureFolder folder = FeatureFolder.read(Path.of("specs/001-checkout"));
 * folder.tasks().ifPresent(t -> System.out.println(t.document().tasks().size() + " tasks"));
 * Analysis analysis = Traceability.create().analyze(folder);
 *
 * for (Path dir : FeatureFolder.find(Path.of("specs"))) { … }   // every folder holding a spec.md
 * }</pre>
 *
 * @param dir the folder
 * @param spec {@code spec.md}
 * @param tasks {@code tasks.md}, when the folder has one
 * @param checklists the Markdown files of {@code checklists/}, sorted by name
 * @param plan {@code plan.md} as text, when the folder has one
 */
public record FeatureFolder(
        Path dir,
        FolderFile<FeatureSpec> spec,
        Optional<FolderFile<TaskList>> tasks,
        List<FolderFile<Checklist>> checklists,
        Optional<FolderFile<String>> plan) {

    /** The spec's file name. */
    public static final String SPEC = "spec.md";
    /** The task list's file name. */
    public static final String TASKS = "tasks.md";
    /** The plan's file name. */
    public static final String PLAN = "plan.md";
    /** The folder of checklists. */
    public static final String CHECKLISTS = "checklists";

    public FeatureFolder {
        Objects.requireNonNull(dir, "FeatureFolder.dir must not be null");
        Objects.requireNonNull(spec, "FeatureFolder.spec must not be null");
        tasks = tasks == null ? Optional.empty() : tasks;
        checklists = List.copyOf(checklists);
        plan = plan == null ? Optional.empty() : plan;
    }

    /**
     * Reads the feature folder {@code dir} with the default parsers.
     *
     * @throws NoSuchFileException when {@code dir} holds no {@code spec.md}
     * @throws IOException when a file cannot be read
     */
    public static FeatureFolder read(Path dir) throws IOException {
        return reader().build().read(dir);
    }

    /** A reader with the default parsers, to configure. */
    public static Reader.Builder reader() {
        return new Reader.Builder();
    }

    /**
     * Every feature folder at or below {@code root}: {@code root} itself when it holds a {@code spec.md},
     * else every folder below it that does, sorted by path. Symbolic links are not followed.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> find(Path root) throws IOException {
        if (Files.isRegularFile(root.resolve(SPEC))) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().equals(SPEC)
                            && Files.isRegularFile(p))
                    .map(Path::getParent)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads feature folders with the parsers it was built with. Immutable and thread-safe. */
    public static final class Reader {
        private final MarkdownSpecParser specParser;
        private final MarkdownTasksParser tasksParser;
        private final MarkdownChecklistParser checklistParser;

        private Reader(Builder b) {
            this.specParser = b.specParser != null ? b.specParser : MarkdownSpecParser.create();
            this.tasksParser = b.tasksParser != null ? b.tasksParser : MarkdownTasksParser.create();
            this.checklistParser = b.checklistParser != null ? b.checklistParser : MarkdownChecklistParser.create();
        }

        /**
         * Reads the feature folder {@code dir}.
         *
         * @throws NoSuchFileException when {@code dir} holds no {@code spec.md}
         * @throws IOException when a file cannot be read
         */
        public FeatureFolder read(Path dir) throws IOException {
            Path specPath = dir.resolve(SPEC);
            if (!Files.isRegularFile(specPath)) {
                throw new NoSuchFileException(specPath.toString(), null, "no " + SPEC + " in this folder");
            }
            byte[] specBytes = bytes(specPath);
            ParseResult spec = specParser.parse(specBytes);
            FolderFile<FeatureSpec> specFile =
                    new FolderFile<>(specPath, text(specBytes), spec.spec(), spec.diagnostics(), spec.sourceMap());

            Optional<FolderFile<TaskList>> tasks = Optional.empty();
            Path tasksPath = dir.resolve(TASKS);
            if (Files.isRegularFile(tasksPath)) {
                byte[] b = bytes(tasksPath);
                ReadResult<TaskList> r = tasksParser.parse(b);
                tasks = Optional.of(new FolderFile<>(tasksPath, text(b), r.document(), r.diagnostics(), r.sourceMap()));
            }

            List<FolderFile<Checklist>> checklists = new ArrayList<>();
            Path checklistDir = dir.resolve(CHECKLISTS);
            if (Files.isDirectory(checklistDir)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(checklistDir)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .toList();
                }
                for (Path p : files) {
                    byte[] b = bytes(p);
                    ReadResult<Checklist> r = checklistParser.parse(b);
                    checklists.add(new FolderFile<>(p, text(b), r.document(), r.diagnostics(), r.sourceMap()));
                }
            }

            Optional<FolderFile<String>> plan = Optional.empty();
            Path planPath = dir.resolve(PLAN);
            if (Files.isRegularFile(planPath)) {
                String text = text(bytes(planPath));
                plan = Optional.of(new FolderFile<>(planPath, text, text, List.of(), null));
            }
            return new FeatureFolder(dir, specFile, tasks, checklists, plan);
        }

        /** The file's bytes, at most one more than the parsers' default limit (they report the excess). */
        private static byte[] bytes(Path path) throws IOException {
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes((int) MarkdownSpecParser.DEFAULT_MAX_BYTES + 1);
            }
        }

        /** The text of {@code bytes}: UTF-8 (malformed input replaced), a BOM removed. */
        private static String text(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }

        /** Configures a {@link Reader}; not thread-safe. */
        public static final class Builder {
            private MarkdownSpecParser specParser;
            private MarkdownTasksParser tasksParser;
            private MarkdownChecklistParser checklistParser;

            private Builder() {}

            /** The spec parser; default {@link MarkdownSpecParser#create()}. */
            public Builder specParser(MarkdownSpecParser parser) {
                this.specParser = parser;
                return this;
            }

            /** The tasks parser; default {@link MarkdownTasksParser#create()}. */
            public Builder tasksParser(MarkdownTasksParser parser) {
                this.tasksParser = parser;
                return this;
            }

            /** The checklist parser; default {@link MarkdownChecklistParser#create()}. */
            public Builder checklistParser(MarkdownChecklistParser parser) {
                this.checklistParser = parser;
                return this;
            }

            public Reader build() {
                return new Reader(this);
            }
        }
    }
}
