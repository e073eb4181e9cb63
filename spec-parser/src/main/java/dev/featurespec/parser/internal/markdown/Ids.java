package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * The ids of one kind of element, requirements or success criteria: their grammar, and the ids declared
 * so far with the line of each first declaration. Records where each element is and reports an id
 * declared twice. One per kind per parse; not thread-safe. Not API.
 */
final class Ids {
    private final AssemblyContext ctx;
    private final String property;
    private final Pattern grammar;
    private final Term textColumn;
    private final Map<String, Integer> firstLines = new HashMap<>();

    /**
     * Ids of grammar {@code grammar}, of the elements of the spec's list {@code property}, whose tables'
     * text column is the term {@code textColumn}.
     */
    Ids(AssemblyContext ctx, String property, Pattern grammar, Term textColumn) {
        this.ctx = ctx;
        this.property = property;
        this.grammar = grammar;
        this.textColumn = textColumn;
    }

    /**
     * The rows of {@code table} when it has a column of these ids, else null: see {@link Blocks#idTable}.
     * The words of its id and text column headers are recorded when it has other columns too: the writer
     * writes such a table again, with a header (items without other columns, as a list).
     */
    List<Blocks.Row> rows(TableBlock table) {
        Blocks.IdTable t = ctx.blocks().idTable(table, grammar, ctx.vocab());
        if (t == null) {
            return null;
        }
        if (t.rows().stream().anyMatch(row -> !row.attributes().isEmpty())) {
            ctx.presentation().word(Term.LABEL_ID_COLUMN, t.idHeader());
            ctx.presentation().word(textColumn, t.textHeader());
        }
        return t.rows();
    }

    /** The id at the start of {@code text}, with its label and the text after it; null when it has none. */
    Syntax.IdText at(String text) {
        return Syntax.idText(text, grammar);
    }

    /** True when {@code block} is a list with an item that starts with an id. */
    boolean startList(Node block) {
        return block instanceof ListBlock list && ctx.blocks().hasIds(list, grammar);
    }

    /** Records element {@code index}, with id {@code id} if it has one, as read from {@code range}. */
    void declare(int index, Optional<String> id, SourceRange range) {
        ctx.put(Pointer.of(property, index), range);
        if (id.isEmpty()) {
            return;
        }
        String pointer = Pointer.of(property, index, "id");
        ctx.put(pointer, range);
        Integer first = firstLines.putIfAbsent(
                id.get(), range == null ? 0 : range.start().line());
        if (first != null) {
            ctx.report(
                    Rule.DUPLICATE_ID, id.get() + " is declared twice (first at line " + first + ")", pointer, range);
        }
    }
}
