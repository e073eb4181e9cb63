package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.parser.internal.SourceText;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The steps the task list and checklist assemblers take alike: the title (FS001 when missing), a second
 * title reported, a section that holds no item kept whole as an {@link ExtraSection}, and the preamble
 * read into the document's notes and a headless section's items. Not API.
 */
public final class FolderAssembly {
    private FolderAssembly() {}

    /**
     * The title's text, recorded at {@code /title}; empty, with FS001 reported, when the
     * document has none. {@code shape} is what a title looks like ({@code # Tasks: …}).
     */
    public static String title(DocumentContext context, Outline outline, String shape) {
        if (outline.title() == null) {
            context.report(
                    Rule.MISSING_TITLE,
                    "The document has no '" + shape + "' title",
                    "/title",
                    SourceRange.of(1, 1, 1, 1));
            return "";
        }
        context.put("/title", outline.title());
        return BlockText.heading(context.src(), outline.title());
    }

    /** Reports {@code section} when it is a second {@code #} title. */
    public static void checkSecondTitle(DocumentContext context, Outline outline, Outline.Section section) {
        if (section.level() == 1 && outline.title() != null) {
            context.report(
                    Rule.DUPLICATE_TITLE,
                    "Second title '" + BlockText.heading(context.src(), section.heading())
                            + "' (the first is at line "
                            + SourceText.range(outline.title()).start().line() + ")",
                    "/title",
                    SourceText.range(section.heading()));
        }
    }

    /**
     * The section under {@code heading}, up to {@code end} (a source offset), kept whole after {@code after}
     * typed sections and recorded at {@code pointer}.
     */
    public static ExtraSection extra(DocumentContext context, Heading heading, int end, int after, String pointer) {
        SourceText src = context.src();
        context.put(pointer, heading);
        return new ExtraSection(
                BlockText.heading(src, heading), heading.getLevel(), BlockText.body(src, heading, end), after);
    }

    /** The offset where the section after index {@code i} of {@code sections} starts, or the text's end. */
    public static int endOf(DocumentContext context, List<Outline.Section> sections, int i) {
        return i + 1 < sections.size()
                ? SourceText.startOffset(sections.get(i + 1).heading())
                : context.src().text().length();
    }

    /**
     * The preamble's blocks read with {@code reader}: notes before the first item belong to the document
     * ({@code /notes/k}); items and the notes after them to a headless first section at {@code base}
     * ({@code base/itemKey/i}, {@code base/notes/k}), whose pointer is that of its first item.
     */
    public static <T> SectionBody<T> preamble(
            DocumentContext context, List<Node> blocks, String base, String itemKey, SectionBody.ItemReader<T> reader) {
        int[] counts = {0, 0};
        SectionBody<T> body = SectionBody.read(
                context,
                blocks,
                new SectionBody.Pointers() {
                    @Override
                    public String item(int index) {
                        return base + "/" + itemKey + "/" + index;
                    }

                    @Override
                    public String note(int at) {
                        return at == 0 ? "/notes/" + counts[0]++ : base + "/notes/" + counts[1]++;
                    }
                },
                reader);
        if (!body.items().isEmpty()) {
            context.range(base + "/" + itemKey + "/0").ifPresent(r -> context.put(base, r));
        }
        return body;
    }
}
