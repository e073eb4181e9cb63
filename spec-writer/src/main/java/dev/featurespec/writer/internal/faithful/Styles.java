package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.internal.layout.MarkdownStyle;
import dev.featurespec.writer.internal.layout.MarkdownStyle.BoldForm;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The author's style, read from the lines of the elements a new one stands beside, and the rendering of a
 * new element in it with the layout's per-element writers.
 */
final class Styles {
    private final MarkdownStyle base;

    /**
     * The style of {@code spec}'s language, with the author's words, and bullet, bold forms and arrow where
     * they show.
     */
    Styles(FeatureSpec spec, Source source) {
        MarkdownStyle.Builder b = authored(spec);
        String metadataLine = source.extent("/metadata/status")
                .or(() -> source.extent("/metadata/created"))
                .or(() -> source.extent("/metadata/featureBranch"))
                .map(r -> source.lines().line(r.start().line() - 1))
                .orElse("");
        b.labelForm(boldForm(metadataLine));
        for (int s = 0; s < spec.clarifications().size(); s++) {
            if (!spec.clarifications().get(s).entries().isEmpty()) {
                String entry = source.lines()
                        .line(source.extent("/clarifications/" + s + "/entries/0")
                                        .map(r -> r.start().line())
                                        .orElse(0)
                                - 1);
                if (entry.contains("->") && !entry.contains("→")) {
                    b.arrow("->");
                }
                break;
            }
        }
        this.base = b.build();
    }

    /**
     * The canonical style of {@code spec}'s language with the author's words its presentation records
     * (labels, table column names, the priority word), as the canonical writer writes the spec.
     */
    static MarkdownStyle.Builder authored(FeatureSpec spec) {
        MarkdownStyle.Builder b =
                MarkdownStyle.canonical(
                        spec.language().flatMap(Languages::forCode).orElseGet(Languages::english))
                        .toBuilder();
        spec.presentation().words().forEach((key, word) -> Term.forKey(key).ifPresent(term -> b.word(term, word)));
        return b;
    }

    /**
     * {@code b} with the base's tables of requirements and of criteria kept as tables (see {@link
     * MarkdownStyle#tables}), even of ids and texts only, which the canonical writer writes as a list, and
     * with their header's id and text column names where the spec records no word for them: the words
     * of the first row above the base's first item, when that item is a table row.
     */
    static MarkdownStyle.Builder tables(MarkdownStyle.Builder b, FeatureSpec spec, Source source) {
        Set<Section> tables = EnumSet.noneOf(Section.class);
        // the id column is one term for both tables: the requirements' header, read last, gives it
        table(
                b,
                tables,
                spec,
                source,
                "/successCriteria/0",
                Section.SUCCESS_CRITERIA,
                Term.LABEL_CRITERION_TEXT_COLUMN);
        table(
                b,
                tables,
                spec,
                source,
                "/functionalRequirements/0",
                Section.FUNCTIONAL_REQUIREMENTS,
                Term.LABEL_TEXT_COLUMN);
        return b.tables(tables);
    }

    private static void table(
            MarkdownStyle.Builder b,
            Set<Section> tables,
            FeatureSpec spec,
            Source source,
            String first,
            Section section,
            Term textColumn) {
        int row = source.extent(first).map(r -> r.start().line() - 1).orElse(-1);
        if (row < 2 || !source.lines().line(row).stripLeading().startsWith("|")) {
            return;
        }
        tables.add(section);
        String header = source.lines().line(row - 2).strip();
        if (!header.startsWith("|")) {
            return;
        }
        String[] cells = header.substring(1).split("\\|", -1);
        if (cells.length < 2) {
            return;
        }
        word(b, spec, Term.LABEL_ID_COLUMN, cells[0].strip());
        word(b, spec, textColumn, cells[1].strip());
    }

    /** {@code word} for {@code term} in {@code b}, unless the spec records one or it holds Markdown. */
    private static void word(MarkdownStyle.Builder b, FeatureSpec spec, Term term, String word) {
        if (spec.presentation().word(term).isEmpty()
                && !word.isEmpty()
                && word.chars().noneMatch(c -> "*_`\\[<".indexOf(c) >= 0)) {
            b.word(term, word);
        }
    }

    /** The style for a new element beside {@code sibling}: its bullet and its bold form for ids. */
    MarkdownStyle beside(String sibling) {
        MarkdownStyle.Builder b = base.toBuilder();
        Matcher m = Source.marker(sibling);
        if (m != null && m.group(2).length() == 1) {
            b.bullet(m.group(2).charAt(0));
        }
        b.idForm(boldForm(m != null ? sibling.substring(m.end()) : sibling));
        return b.build();
    }

    /** The style of the whole document (no sibling). */
    MarkdownStyle base() {
        return base;
    }

    /** How the bold label at the start of {@code text} is written: {@code **X**:}, {@code **X:**} or {@code __X__:}. */
    static BoldForm boldForm(String text) {
        String t = text.stripLeading();
        if (t.startsWith("__")) {
            return BoldForm.UNDERSCORES;
        }
        if (t.startsWith("**")) {
            int close = t.indexOf("**", 2);
            if (close > 2 && t.charAt(close - 1) == ':') {
                return BoldForm.STARS_COLON_INSIDE;
            }
        }
        return BoldForm.STARS;
    }

    /** The lines {@code writer} writes, with {@code \n} line ends and nothing around them. */
    static List<String> render(Consumer<BlockWriter> writer) {
        StringBuilder text = new StringBuilder();
        writer.accept(new BlockWriter(text, "\n"));
        return List.of(text.toString().split("\n", -1));
    }

    /**
     * The marker a new list item beside {@code sibling} takes, without its indent: the sibling's bullet, or
     * the number after the sibling's ({@code 4.} after {@code 3.}) when {@code next}, else the same number.
     */
    static String marker(String sibling, boolean next) {
        Matcher m = Source.marker(sibling);
        if (m == null) {
            return "- ";
        }
        String marker = m.group(2);
        if (Character.isDigit(marker.charAt(0)) && next) {
            int n = Integer.parseInt(marker.substring(0, marker.length() - 1));
            marker = (n + 1) + marker.substring(marker.length() - 1);
        }
        return marker + m.group(3);
    }

    /** {@code lines} with {@code sibling}'s indent before each line that is not blank. */
    static List<String> indented(List<String> lines, String sibling) {
        Matcher m = Source.marker(sibling);
        String indent = m != null ? m.group(1) : "";
        if (indent.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? line : indent + line);
        }
        return out;
    }
}
