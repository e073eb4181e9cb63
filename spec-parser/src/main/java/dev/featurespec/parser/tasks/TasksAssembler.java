package dev.featurespec.parser.tasks;

import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.folder.BlockText;
import dev.featurespec.parser.internal.folder.Checkbox;
import dev.featurespec.parser.internal.folder.CheckboxItemReader;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderAssembly;
import dev.featurespec.parser.internal.folder.FolderWords;
import dev.featurespec.parser.internal.folder.ItemText;
import dev.featurespec.parser.internal.folder.MarkdownInput;
import dev.featurespec.parser.internal.folder.Outline;
import dev.featurespec.parser.internal.folder.SectionBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Builds a {@link TaskList} from a document cut into its {@link Outline}: the title; the preamble (its
 * notes, and the tasks written before any section as a phase without a heading); then each top-level
 * section (a heading of level 1 or 2, or the first heading) with the deeper sections under it, which is a
 * {@link Phase} when any of it holds a task and an {@link ExtraSection} otherwise. One per parse.
 */
final class TasksAssembler {
    private final DocumentContext context;
    private final FolderWords words;
    private final CheckboxItemReader<Task> reader;
    private int extraCount;

    TasksAssembler(DocumentContext context, FolderWords words) {
        this.context = context;
        this.words = words;
        this.reader = TaskItemReader.create(context, words);
    }

    /** A top-level section and the deeper sections under it. */
    private record Unit(Outline.Section top, List<Outline.Section> subsections) {}

    TaskList assemble(MarkdownInput.Prepared in) {
        SourceText src = context.src();
        Outline outline = Outline.of(in.document());
        TaskList.Builder list = TaskList.builder(FolderAssembly.title(context, outline, "# Tasks: …"));
        if (in.frontMatter() != null) {
            list.frontMatter(in.frontMatter().yaml());
        }
        List<Phase> phases = new ArrayList<>();
        preamble(outline.preamble(), list, phases);
        List<Unit> units = units(outline);
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (holdsTasks(unit)) {
                phases.add(phase(unit, phases.size()));
            } else {
                int end = u + 1 < units.size()
                        ? SourceText.startOffset(units.get(u + 1).top().heading())
                        : src.text().length();
                list.addExtraSection(FolderAssembly.extra(
                        context, unit.top().heading(), end, phases.size(), "/extraSections/" + extraCount++));
            }
        }
        return list.phases(phases).build();
    }

    /** Notes before the first task belong to the document; tasks and what follows them to a headless phase. */
    private void preamble(List<Node> blocks, TaskList.Builder list, List<Phase> phases) {
        SectionBody<Task> body = FolderAssembly.preamble(context, blocks, "/phases/0", "tasks", reader);
        body.leading().forEach(list::addNote);
        if (!body.items().isEmpty()) {
            Phase.Builder headless = Phase.headless();
            body.trailing().forEach(headless::addNote);
            phases.add(headless.tasks(body.items()).build());
        }
    }

    private List<Unit> units(Outline outline) {
        List<Unit> units = new ArrayList<>();
        for (Outline.Section s : outline.sections()) {
            Unit current = units.isEmpty() ? null : units.get(units.size() - 1);
            FolderAssembly.checkSecondTitle(context, outline, s);
            if (current == null || s.level() <= 2 || s.level() <= current.top().level()) {
                units.add(new Unit(s, new ArrayList<>()));
            } else {
                current.subsections().add(s);
            }
        }
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            if (isWrapper(u)) {
                out.add(new Unit(u.top(), List.of()));
                int level = u.subsections().stream()
                        .mapToInt(Outline.Section::level)
                        .min()
                        .orElse(6);
                Unit phase = null;
                for (Outline.Section s : u.subsections()) {
                    if (phase == null || s.level() <= level) {
                        phase = new Unit(s, new ArrayList<>());
                        out.add(phase);
                    } else {
                        phase.subsections().add(s);
                    }
                }
            } else {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * A section that only wraps phases, as {@code ## Task Breakdown} over {@code ### Phase 3: US1 - …} and
     * {@code ### Phase 4: US2 - …}: it holds no task itself, names no story, and at least two of its
     * direct sub-sections hold tasks and name different stories. Its sub-sections are then the phases.
     */
    private boolean isWrapper(Unit unit) {
        if (unit.subsections().isEmpty()
                || holdsTasks(unit.top().blocks())
                || !words.stories(BlockText.heading(context.src(), unit.top().heading()))
                        .isEmpty()) {
            return false;
        }
        int level = unit.subsections().stream()
                .mapToInt(Outline.Section::level)
                .min()
                .orElse(6);
        Set<String> stories = new HashSet<>();
        List<Outline.Section> subs = unit.subsections();
        for (int i = 0; i < subs.size(); i++) {
            Outline.Section s = subs.get(i);
            if (s.level() != level) {
                continue;
            }
            boolean tasks = holdsTasks(s.blocks());
            for (int j = i + 1; j < subs.size() && subs.get(j).level() > level && !tasks; j++) {
                tasks = holdsTasks(subs.get(j).blocks());
            }
            if (tasks) {
                stories.addAll(words.stories(BlockText.heading(context.src(), s.heading())));
            }
        }
        return stories.size() >= 2;
    }

    private Phase phase(Unit unit, int index) {
        String pointer = "/phases/" + index;
        Heading h = unit.top().heading();
        String heading = BlockText.heading(context.src(), h);
        context.put(pointer, h);
        SectionBody<Task> body =
                SectionBody.read(context, unit.top().blocks(), SectionBody.Pointers.under(pointer, "tasks"), reader);
        Phase.Builder phase = Phase.builder(heading).level(h.getLevel());
        words.stories(heading).forEach(phase::addStory);
        cited(heading, body.notes()).forEach(phase::addRequirement);
        body.notes().forEach(phase::addNote);
        phase.tasks(body.items());
        for (int g = 0; g < unit.subsections().size(); g++) {
            Outline.Section s = unit.subsections().get(g);
            String groupPointer = pointer + "/groups/" + g;
            context.put(groupPointer, s.heading());
            String groupHeading = BlockText.heading(context.src(), s.heading());
            SectionBody<Task> groupBody =
                    SectionBody.read(context, s.blocks(), SectionBody.Pointers.under(groupPointer, "tasks"), reader);
            phase.addGroup(new TaskGroup(
                    groupHeading,
                    s.level(),
                    cited(groupHeading, groupBody.notes()),
                    groupBody.notes(),
                    groupBody.items()));
        }
        return phase.build();
    }

    /** The ids a heading and the labelled notes under it cite. */
    private List<String> cited(String heading, List<Note> notes) {
        List<String> texts = new ArrayList<>();
        texts.add(heading);
        for (Note n : notes) {
            if (n.label().isPresent()) {
                texts.add(n.text());
            }
        }
        return words.ids(texts);
    }

    private boolean holdsTasks(Unit unit) {
        if (holdsTasks(unit.top().blocks())) {
            return true;
        }
        for (Outline.Section s : unit.subsections()) {
            if (holdsTasks(s.blocks())) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsTasks(List<Node> blocks) {
        for (Node block : blocks) {
            if (block instanceof ListBlock list) {
                for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof ListItem item) {
                        String first = ItemText.firstLine(context.src(), item);
                        if (first != null && Checkbox.of(first) != null) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
