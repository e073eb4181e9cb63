package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.KeywordMatcher;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Reads acceptance scenarios: splits a scenario's text at its Given / When / Then / And keywords (bold
 * or plain, in every language of the vocabulary, found with {@link KeywordMatcher}), tells a list of
 * scenarios from other lists, joins one-step-per-item lists into scenarios, and reads Given/When/Then
 * tables. Counts the language of each keyword it reads. Not API.
 */
final class ScenarioReader {
    /** The text of one scenario and the block or blocks it was read from. */
    record Steps(String text, Node first, Node last) {}

    /** A scenario read from a table row. */
    record TableScenario(AcceptanceScenario scenario, Node row) {}

    /** The scenarios of a table, and the header's keyword of each step term as written. */
    record ScenarioTable(List<TableScenario> scenarios, Map<Term, String> keywords) {}

    /** The longest bold word read as a step keyword by shape. */
    private static final int MAX_STEP_WORD = 30;

    /** A short bold text on one line, with a colon or comma after it. */
    private static final Pattern BOLD_STEP =
            Pattern.compile("(\\*\\*|__)(?=[^*_\\s])[^*_\\n]{1," + MAX_STEP_WORD + "}?(?<=[^\\s])\\1\\s*[:：,，]?");

    private final AssemblyContext ctx;
    private final Vocabulary vocab;
    private final Blocks blocks;

    ScenarioReader(AssemblyContext ctx) {
        this.ctx = ctx;
        this.vocab = ctx.vocab();
        this.blocks = ctx.blocks();
    }

    /** {@code text} split into its steps; without a keyword it is kept whole, as text only. */
    AcceptanceScenario read(String text) {
        KeywordMatcher m = vocab.keywords(text);
        Parts parts = new Parts();
        Term kind = null;
        int from = 0;
        while (m.find()) {
            Vocabulary.Hit hit = vocab.keyword(m);
            if (hit == null) {
                continue;
            }
            if (kind != null) {
                parts.add(kind, clean(text.substring(from, m.start())));
            }
            ctx.count(hit.language());
            kind = hit.term();
            from = m.end();
        }
        if (kind == null) {
            AcceptanceScenario shaped = byBoldSteps(text);
            return shaped != null
                    ? shaped
                    : new AcceptanceScenario(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), text);
        }
        parts.add(kind, clean(text.substring(from)));
        return new AcceptanceScenario(
                Optional.ofNullable(parts.given),
                Optional.ofNullable(parts.when),
                Optional.ofNullable(parts.then),
                parts.and,
                text);
    }

    /** The steps of a scenario so far: the first of each kind, the rest as And. */
    private static final class Parts {
        String given;
        String when;
        String then;
        final List<String> and = new ArrayList<>();

        void add(Term kind, String part) {
            if (kind == Term.STEP_GIVEN && given == null) {
                given = part;
            } else if (kind == Term.STEP_WHEN && when == null) {
                when = part;
            } else if (kind == Term.STEP_THEN && then == null) {
                then = part;
            } else {
                and.add(part);
            }
        }

        /** A table cell under a {@code kind} column: a later Given, When or Then column wins. */
        void set(Term kind, String cell) {
            switch (kind) {
                case STEP_GIVEN -> given = cell;
                case STEP_WHEN -> when = cell;
                case STEP_THEN -> then = cell;
                default -> and.add(cell);
            }
        }
    }

    /** True when {@code text} starts with a Given keyword: a paragraph that is a scenario. */
    boolean startsWithGiven(String text) {
        return vocab.startsWithGiven(text);
    }

    /** True when an item of {@code list} names two of Given, When and Then: a list of scenarios. */
    boolean hasScenarios(ListBlock list) {
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListItem item && vocab.stepKinds(blocks.itemText(item)) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code list} is numbered and each item has the shape of a scenario in words no language
     * gives: three or more short bold texts, the first at its start ({@link #byBoldSteps}).
     */
    boolean hasBoldSteps(ListBlock list) {
        if (!(list instanceof OrderedList)) {
            return false;
        }
        List<ListItem> items = Blocks.items(list);
        for (ListItem item : items) {
            if (boldSteps(blocks.itemText(item)) == null) {
                return false;
            }
        }
        return !items.isEmpty();
    }

    /**
     * A scenario in words no language gives, told by its shape: {@code **Ikiwa** …, **Wakati** …,
     * **Basi** …}. The text after the first bold word is the Given, after the second the When, after the
     * third the Then, after any later one an And. Null when {@code text} does not start with a bold word
     * or has fewer than three.
     */
    AcceptanceScenario byBoldSteps(String text) {
        List<int[]> bold = boldSteps(text);
        if (bold == null) {
            return null;
        }
        Parts parts = new Parts();
        Term[] order = {Term.STEP_GIVEN, Term.STEP_WHEN, Term.STEP_THEN};
        for (int i = 0; i < bold.size(); i++) {
            int end = i + 1 < bold.size() ? bold.get(i + 1)[0] : text.length();
            parts.add(i < order.length ? order[i] : Term.STEP_AND, clean(text.substring(bold.get(i)[1], end)));
        }
        return new AcceptanceScenario(
                Optional.ofNullable(parts.given),
                Optional.ofNullable(parts.when),
                Optional.ofNullable(parts.then),
                parts.and,
                text);
    }

    /**
     * The start and end of each bold step word of {@code text} ({@code **word**} or {@code __word__}, at
     * most {@value #MAX_STEP_WORD} characters, a colon or comma after it included), or null when there
     * are fewer than three or the first does not start the text.
     */
    private static List<int[]> boldSteps(String text) {
        Matcher m = BOLD_STEP.matcher(text);
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            if (out.isEmpty() && m.start() != 0) {
                return null;
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out.size() >= 3 ? out : null;
    }

    /**
     * The scenarios of a list: one per item, or, when every item is a single step ({@code - **Given** …},
     * {@code - **When** …}) and the first is a Given, one per run of items from a Given to the next.
     */
    List<Steps> list(ListBlock list) {
        List<ListItem> items = Blocks.items(list);
        List<String> texts = new ArrayList<>(items.size());
        List<Term> firstKinds = new ArrayList<>();
        boolean steps = items.size() > 1;
        for (ListItem item : items) {
            String text = blocks.itemText(item);
            texts.add(text);
            if (!steps) {
                continue; // the first kinds only matter while every item so far is one step
            }
            Term first = singleStep(text);
            if (first == null) {
                steps = false;
            }
            firstKinds.add(first);
        }
        List<Steps> out = new ArrayList<>();
        if (!steps || firstKinds.get(0) != Term.STEP_GIVEN) {
            for (int i = 0; i < items.size(); i++) {
                out.add(new Steps(texts.get(i), items.get(i), items.get(i)));
            }
            return out;
        }
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || firstKinds.get(i) == Term.STEP_GIVEN) {
                ListItem first = items.get(start);
                ListItem last = items.get(i - 1);
                Node from = first.getFirstChild() != null ? first.getFirstChild() : first;
                Node to = last.getLastChild() != null ? last.getLastChild() : last;
                out.add(new Steps(ctx.src().raw(from, to).strip(), first, last));
                start = i;
            }
        }
        return out;
    }

    /** The kind of the one keyword {@code text} starts with, or null when it has none there or more than one. */
    private Term singleStep(String text) {
        KeywordMatcher m = vocab.keywords(text);
        Term first = null;
        int count = 0;
        while (m.find() && count < 2) {
            Vocabulary.Hit hit = vocab.keyword(m);
            if (hit != null) {
                if (count == 0 && m.start() != 0) {
                    break;
                }
                first = count == 0 ? hit.term() : first;
                count++;
            }
        }
        return count == 1 ? first : null;
    }

    /**
     * The scenarios of a table whose header names Given and Then (and maybe When and And) columns, one per
     * body row; null for any other table. The header's keywords are counted either way.
     */
    ScenarioTable table(TableBlock table) {
        List<Node> rowNodes = new ArrayList<>();
        List<List<String>> rows = blocks.cells(table, rowNodes);
        if (rows.size() < 2) {
            return null;
        }
        List<String> header = rows.get(0);
        Term[] kinds = new Term[header.size()];
        String[] languages = new String[header.size()];
        boolean then = false;
        boolean given = false;
        for (int c = 0; c < header.size(); c++) {
            Vocabulary.Hit hit = vocab.keyword(header.get(c).replace("**", ""));
            if (hit != null) {
                kinds[c] = hit.term();
                languages[c] = hit.language();
                then |= hit.term() == Term.STEP_THEN;
                given |= hit.term() == Term.STEP_GIVEN;
            }
        }
        if (!then || !given) {
            return null; // not a scenario table: its words say nothing of the spec's language
        }
        for (String language : languages) {
            ctx.count(language);
        }
        Map<Term, String> words = new EnumMap<>(Term.class);
        for (int c = 0; c < header.size(); c++) {
            if (kinds[c] != null) {
                words.putIfAbsent(kinds[c], header.get(c).replace("**", "").strip());
            }
        }
        List<TableScenario> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Parts parts = new Parts();
            for (int c = 0; c < row.size() && c < kinds.length; c++) {
                if (kinds[c] != null) {
                    parts.set(kinds[c], row.get(c));
                }
            }
            Node rowNode = rowNodes.get(r);
            out.add(new TableScenario(
                    new AcceptanceScenario(
                            Optional.ofNullable(parts.given),
                            Optional.ofNullable(parts.when),
                            Optional.ofNullable(parts.then),
                            parts.and,
                            blocks.raw(rowNode).strip()),
                    rowNode));
        }
        return new ScenarioTable(out, words);
    }

    private static String clean(String part) {
        String p = part.strip();
        if (!p.isEmpty() && "-*+0123456789".indexOf(p.charAt(0)) >= 0) {
            p = Syntax.LIST_MARKER.matcher(p).replaceFirst("");
        }
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            char last = p.charAt(p.length() - 1);
            if (last == ',' || last == '，' || last == '、' || last == ';' || last == '；') {
                p = p.substring(0, p.length() - 1).strip();
                changed = true;
            } else if (p.endsWith("\n-") || p.endsWith("\n*") || p.endsWith("\n+")) {
                p = p.substring(0, p.length() - 2).strip();
                changed = true;
            } else if (endsWithOrderedMarker(p)) {
                // the marker of a nested numbered step ("1. **And** …") is not part of the step before it
                p = p.substring(0, p.lastIndexOf('\n')).strip();
                changed = true;
            }
            if (p.endsWith("-") && p.length() > 1 && Character.isWhitespace(p.charAt(p.length() - 2))) {
                p = p.substring(0, p.length() - 1).strip();
                changed = true;
            }
        }
        return p;
    }

    /** True when the last line of {@code p} is only an ordered list marker, {@code 1.} or {@code 1)}. */
    private static boolean endsWithOrderedMarker(String p) {
        int nl = p.lastIndexOf('\n');
        if (nl < 0 || p.length() - nl < 3 || p.length() - nl > 11) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        if (last != '.' && last != ')') {
            return false;
        }
        for (int i = nl + 1; i < p.length() - 1; i++) {
            if (!Character.isDigit(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
