package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.parser.internal.folder.BlockText;
import dev.featurespec.parser.internal.folder.CheckboxItemReader;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderAssembly;
import dev.featurespec.parser.internal.folder.FolderWords;
import dev.featurespec.parser.internal.folder.MarkdownInput;
import dev.featurespec.parser.internal.folder.Outline;
import dev.featurespec.parser.internal.folder.SectionBody;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Checklist} from a document cut into its {@link Outline}: the title; the preamble (the
 * metadata lines and other notes, and items written before any heading as a category without a
 * heading); then every section, up to the next heading of any level, as a {@link Category} when it holds
 * items and as an {@link ExtraSection} otherwise. One per parse.
 */
final class ChecklistAssembler {
    private final DocumentContext context;
    private final CheckboxItemReader<ChecklistItem> reader;

    ChecklistAssembler(DocumentContext context, FolderWords words) {
        this.context = context;
        this.reader = ChecklistItemReader.create(context, words);
    }

    Checklist assemble(MarkdownInput.Prepared in) {
        Outline outline = Outline.of(in.document());
        Checklist.Builder checklist = Checklist.builder(FolderAssembly.title(context, outline, "# … Checklist: …"));
        if (in.frontMatter() != null) {
            checklist.frontMatter(in.frontMatter().yaml());
        }
        int categories = preamble(outline, checklist);
        int extras = 0;
        List<Outline.Section> sections = outline.sections();
        for (int i = 0; i < sections.size(); i++) {
            Outline.Section s = sections.get(i);
            FolderAssembly.checkSecondTitle(context, outline, s);
            String pointer = "/categories/" + categories;
            SectionBody<ChecklistItem> body =
                    SectionBody.read(context, s.blocks(), SectionBody.Pointers.under(pointer, "items"), reader);
            if (!body.items().isEmpty()) {
                context.put(pointer, s.heading());
                String heading = BlockText.heading(context.src(), s.heading());
                checklist.addCategory(new Category(Optional.of(heading), s.level(), body.notes(), body.items()));
                categories++;
            } else {
                checklist.addExtraSection(FolderAssembly.extra(
                        context,
                        s.heading(),
                        FolderAssembly.endOf(context, sections, i),
                        categories,
                        "/extraSections/" + extras++));
            }
        }
        return checklist.build();
    }

    /** The preamble: notes before the first item to the checklist, items and what follows to a headless category. */
    private int preamble(Outline outline, Checklist.Builder checklist) {
        SectionBody<ChecklistItem> body =
                FolderAssembly.preamble(context, outline.preamble(), "/categories/0", "items", reader);
        body.leading().forEach(checklist::addNote);
        if (body.items().isEmpty()) {
            return 0;
        }
        Category.Builder headless = Category.headless();
        body.trailing().forEach(headless::addNote);
        body.items().forEach(headless::addItem);
        checklist.addCategory(headless.build());
        return 1;
    }
}
