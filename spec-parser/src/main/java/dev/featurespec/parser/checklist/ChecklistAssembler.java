package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.folder.BlockText;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderWords;
import dev.featurespec.parser.internal.folder.MarkdownInput;
import dev.featurespec.parser.internal.folder.Outline;
import dev.featurespec.parser.internal.folder.SectionBody;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;

/**
 * Builds a {@link Checklist} from a document cut into its {@link Outline}: the title; the preamble (the
 * metadata lines and other notes, and items written before any heading as a category without a
 * heading); then every section, up to the next heading of any level, as a {@link Category} when it holds
 * items and as an {@link ExtraSection} otherwise. One per parse.
 */
final class ChecklistAssembler {
    private final DocumentContext context;
    private final ChecklistItemReader reader;

    ChecklistAssembler(DocumentContext context, FolderWords words) {
        this.context = context;
        this.reader = new ChecklistItemReader(context, words);
    }

    Checklist assemble(MarkdownInput.Prepared in) {
        SourceText src = context.src();
        Outline outline = Outline.of(in.document());
        Checklist.Builder checklist = Checklist.builder(title(outline));
        if (in.frontMatter() != null) {
            checklist.frontMatter(in.frontMatter().yaml());
        }
        int categories = preamble(outline, checklist);
        int extras = 0;
        List<Outline.Section> sections = outline.sections();
        for (int i = 0; i < sections.size(); i++) {
            Outline.Section s = sections.get(i);
            Heading h = s.heading();
            String heading = BlockText.heading(src, h);
            if (s.level() == 1 && outline.title() != null) {
                context.report(
                        Rule.DUPLICATE_TITLE,
                        "Second title '" + heading + "' (the first is at line "
                                + SourceText.range(outline.title()).start().line() + ")",
                        "/title",
                        SourceText.range(h));
            }
            String pointer = "/categories/" + categories;
            SectionBody<ChecklistItem> body =
                    SectionBody.read(context, s.blocks(), SectionBody.Pointers.under(pointer, "items"), reader);
            if (!body.items().isEmpty()) {
                context.put(pointer, h);
                checklist.addCategory(new Category(Optional.of(heading), s.level(), body.notes(), body.items()));
                categories++;
            } else {
                int end = i + 1 < sections.size()
                        ? SourceText.startOffset(sections.get(i + 1).heading())
                        : src.text().length();
                context.put("/extraSections/" + extras++, h);
                checklist.addExtraSection(
                        new ExtraSection(heading, s.level(), BlockText.body(src, h, end), categories));
            }
        }
        return checklist.build();
    }

    private String title(Outline outline) {
        if (outline.title() == null) {
            context.report(
                    Rule.MISSING_TITLE,
                    "The document has no '# … Checklist: …' title",
                    "/title",
                    SourceRange.of(1, 1, 1, 1));
            return "";
        }
        context.put("/title", outline.title());
        return BlockText.heading(context.src(), outline.title());
    }

    /** The preamble: notes before the first item to the checklist, items and what follows to a headless category. */
    private int preamble(Outline outline, Checklist.Builder checklist) {
        int[] counts = {0, 0};
        SectionBody<ChecklistItem> body = SectionBody.read(
                context,
                outline.preamble(),
                new SectionBody.Pointers() {
                    @Override
                    public String item(int index) {
                        return "/categories/0/items/" + index;
                    }

                    @Override
                    public String note(int at) {
                        return at == 0 ? "/notes/" + counts[0]++ : "/categories/0/notes/" + counts[1]++;
                    }
                },
                reader);
        Category.Builder headless = Category.headless();
        for (Note n : body.notes()) {
            if (n.at() == 0) {
                checklist.addNote(n);
            } else {
                headless.addNote(n);
            }
        }
        if (body.items().isEmpty()) {
            return 0;
        }
        body.items().forEach(headless::addItem);
        context.range("/categories/0/items/0").ifPresent(r -> context.put("/categories/0", r));
        checklist.addCategory(headless.build());
        return 1;
    }
}
