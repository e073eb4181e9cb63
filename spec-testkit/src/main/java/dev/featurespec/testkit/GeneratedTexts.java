package dev.featurespec.testkit;

import java.util.SplittableRandom;

/**
 * The texts of {@link SpecGenerator}'s specs: words, lines, names, scenario phrases, multi-line texts and
 * Markdown blocks, drawn from one shared random source. Texts hold what real specs hold (unicode, {@code
 * [NEEDS CLARIFICATION: …]}, code spans, emphasis, links, {@code #}, {@code |}, {@code >}, {@code -},
 * {@code **} and {@code [} inside lines, several lines, nested lists and quotes in list items, tables
 * and quotes in blocks) and are canonical-safe where the writer puts them: see each method. Not
 * thread-safe.
 */
final class GeneratedTexts {
    private static final String[] STARTS = {
        "System",
        "Users",
        "The",
        "Each",
        "Operators",
        "Café",
        "Zürich",
        "Über",
        "日本語の",
        "Данные",
        "数据",
        "Résumé",
        "Admins",
        "A",
        "Every",
        "Jobs",
        "Naïve",
        "Ünïcödé"
    };
    private static final String[] WORDS = {
        "the",
        "user",
        "system",
        "MUST",
        "SHOULD",
        "MAY",
        "store",
        "job",
        "queue",
        "retry",
        "café",
        "naïve",
        "Zürich",
        "日本語",
        "данные",
        "数据",
        "🎯",
        "résumé",
        "v2.1",
        "42",
        "100%",
        "&",
        "A&B",
        "`code`",
        "`POST /api/jobs`",
        "`202`",
        "`pending`",
        "`done`",
        "*emphasis*",
        "**strong**",
        "_under_",
        "[NEEDS CLARIFICATION: which store?]",
        "[link](https://example.com/a?b=c&d=e)",
        "(parenthetical)",
        "e.g.",
        "x=1",
        "über",
        "👩‍💻",
        "settings",
        "within",
        "seconds",
        "backward compatible",
        "breaking",
        "`settings.json`",
        "token",
        "latency",
        "p95",
        "≤",
        "→",
        "«quoted»",
        "\"quoted\"",
        "it's",
        "see",
        "and",
        "or",
        "with",
        "for",
        "every",
        "at least"
    };
    private static final String[] PLAIN = {
        "user", "job", "queue", "store", "café", "日本語", "`202`", "données", "retry", "page", "is", "open", "Zürich",
        "A&B", "42", "🎯", "naïve"
    };
    private static final String[] HEADINGS = {
        "Out of Scope",
        "Dependencies",
        "Risks & Mitigations",
        "Glossary",
        "Rollout Plan",
        "参考資料",
        "Références",
        "Notes for `v2`",
        "Open Risks",
        "Constraints"
    };

    /** Markdown that stays inline in the middle of a line. */
    private static final String[] INLINE_MARKUP = {
        "issue #42",
        "a | b",
        "x > y",
        "A - B",
        "**bold**",
        "[link](https://example.com/a?b=1)",
        "[x]",
        "C# and F#",
        "`**not bold**`"
    };
    /** What opens a nested list or a quote on a further line of a list item. */
    private static final String[] ITEM_LINE_STARTS = {"- ", "* ", "> ", "1. "};

    private final SplittableRandom random;

    GeneratedTexts(SplittableRandom random) {
        this.random = random;
    }

    /** A heading for an extra section. */
    String heading() {
        return pick(HEADINGS);
    }

    /** Markdown for an extra or notes: paragraphs, a comment, a fenced block, a quote or a bullet list. */
    String block() {
        return switch (random.nextInt(8)) {
            case 0 -> "<!-- " + line(6) + " -->";
            case 1 -> "```json\n{\"a\": 1, \"b\": [\"x & y\"]}\n```";
            case 2 -> "> " + line(8);
            case 3 -> text(12, 3) + "\n\n" + text(8, 1);
            case 4 -> "| Key | Value |\n|-----|-------|\n| " + plain(1) + " | `a|b` and " + plain(2) + " |";
            case 5 -> "```text\n# " + plain(2) + "\n- not a list\n> not a quote\n```";
            default -> text(14, 3);
        };
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    String word() {
        return pick(WORDS);
    }

    /** One line of about {@code words} words, starting with a plain word. */
    String line(int words) {
        StringBuilder b = new StringBuilder(pick(STARTS));
        int n = 1 + random.nextInt(Math.max(1, words));
        for (int i = 1; i < n; i++) {
            b.append(' ').append(word());
        }
        if (chance(30)) {
            b.append(chance(50) ? "." : "?");
        }
        return b.toString();
    }

    /** Plain words for names, titles and labels: no markup, parentheses or colons. */
    String plain(int words) {
        StringBuilder b = new StringBuilder(pick(STARTS));
        int n = 1 + random.nextInt(Math.max(1, words));
        for (int i = 1; i < n; i++) {
            b.append(' ').append(pick(PLAIN));
        }
        return b.toString();
    }

    /** A phrase for a scenario part: plain words, no keywords, commas or markup. */
    String phrase(int words) {
        StringBuilder b = new StringBuilder(pick(PLAIN));
        int n = 1 + random.nextInt(Math.max(1, words));
        for (int i = 1; i < n; i++) {
            b.append(' ').append(pick(PLAIN));
        }
        return b.toString();
    }

    /** A text of one line, or sometimes up to {@code maxLines} lines (soft line breaks). */
    String text(int words, int maxLines) {
        int lines = chance(15) ? 1 + random.nextInt(maxLines) : 1;
        StringBuilder b = new StringBuilder(marked(words));
        for (int i = 1; i < lines; i++) {
            b.append('\n').append(marked(words));
        }
        return b.toString();
    }

    /**
     * A text for a list item ({@link #text}), sometimes with a further line that opens a nested list or
     * a quote inside the item: the item keeps it, indented, and reads it back as part of its text.
     */
    String itemText(int words, int maxLines) {
        String t = text(words, maxLines);
        if (chance(8)) {
            return t + "\n" + pick(ITEM_LINE_STARTS) + line(4);
        }
        return t;
    }

    /**
     * A line ({@link #line}) that sometimes holds, after its first word, Markdown characters that stay
     * inline there: a {@code #}, a {@code |}, a {@code >}, a {@code -}, bold, a link or brackets.
     */
    private String marked(int words) {
        String l = line(words);
        if (!chance(20)) {
            return l;
        }
        int space = l.indexOf(' ');
        String fragment = pick(INLINE_MARKUP);
        return space < 0 ? l + " " + fragment : l.substring(0, space) + " " + fragment + l.substring(space);
    }
}
