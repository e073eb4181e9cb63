package dev.featurespec.testkit;

import java.util.List;
import java.util.Random;

/**
 * A seeded random generator of {@code tasks.md} and checklist documents, as Markdown text, for the
 * round-trip laws of their readers and writers. The same seed always gives the same sequence. The
 * documents hold what real ones hold, in random mixes: front matter, labelled metadata lines in several
 * languages, phases named by number, story or requirement ids, sub-headed groups, tasks with and without
 * ids (plain, bold, with suffixes), checked with {@code x} or {@code X}, with {@code [P]}, story and other
 * tags, code spans, file paths, cited ids and ranges, several lines, nested and ordered sub-items and
 * further paragraphs; notes between tasks (labels, quotes, tables, code, rules, plain bullets); checklist
 * items with {@code CHK} ids, separators, tags and {@code §} references; sections that hold no item.
 *
 * <pre>{@code
 * FolderGenerator generator = new FolderGenerator(42);
 * String tasksMd = generator.tasks();
 * String checklistMd = generator.checklist();
 * }</pre>
 *
 * <p>Not thread-safe: give each thread its own generator.
 */
public final class FolderGenerator {
    private static final List<String> WORDS = List.of(
            "create",
            "the",
            "export",
            "module",
            "wire",
            "button",
            "schedule",
            "job",
            "retry",
            "queue",
            "report",
            "Café",
            "Zürich",
            "日本語の",
            "数据",
            "Данные",
            "résumé",
            "naïve",
            "导出",
            "テスト",
            "user",
            "email");
    private static final List<String> LABELS =
            List.of("Purpose", "Goal", "Checkpoint", "Independent Test", "目标", "Propósito", "Notes", "⚠️ CRITICAL");
    private static final List<String> META =
            List.of("Input", "Prerequisites", "Tests", "Feature", "Branch", "用途", "Created");
    private static final List<String> PATHS = List.of(
            "src/models/user.py",
            "backend/app/config.py",
            "`lib/src/tabs.dart`",
            "`README.md`",
            "docs/guide.md",
            "`.env.example`",
            "ui/src/pages/Lists.tsx");
    private static final List<String> TAGS = List.of("Gap", "Clarity", "Consistency", "Completeness", "已解决");

    private final Random random;

    /** A generator whose sequence is fixed by {@code seed}. */
    public FolderGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next {@code tasks.md}. */
    public String tasks() {
        StringBuilder sb = new StringBuilder();
        preamble(sb, "Tasks: ");
        if (chance(4)) {
            for (int i = 0, n = between(1, 3); i < n; i++) {
                sb.append(task(i + 1)).append('\n');
            }
            sb.append('\n');
        }
        int id = 1;
        for (int s = 0, sections = between(0, 5); s < sections; s++) {
            if (chance(4)) {
                sb.append("## ")
                        .append(pick(List.of("Dependencies", "Implementation Strategy", "Notes", "依赖关系")))
                        .append("\n\n- ")
                        .append(sentence())
                        .append("\n\n### ")
                        .append(sentence())
                        .append("\n\n")
                        .append(sentence())
                        .append("\n\n");
                continue;
            }
            sb.append("## ").append(phaseHeading(s + 1)).append("\n\n");
            id = body(sb, id);
            for (int g = 0, groups = between(0, 2); g < groups; g++) {
                sb.append("### ")
                        .append(pick(List.of("Tests for User Story 1", "Implementation", "前端", "Widgetbook")))
                        .append("\n\n");
                id = body(sb, id);
            }
        }
        return sb.toString();
    }

    /** The next checklist. */
    public String checklist() {
        StringBuilder sb = new StringBuilder();
        preamble(sb, "Requirements Checklist: ");
        int id = 1;
        for (int s = 0, sections = between(0, 4); s < sections; s++) {
            sb.append("#".repeat(chance(5) ? 3 : 2))
                    .append(' ')
                    .append(words(2))
                    .append("\n\n");
            if (chance(5)) {
                sb.append(sentence()).append("\n\n");
                continue;
            }
            for (int i = 0, n = between(1, 4); i < n; i++) {
                sb.append(item(id++)).append('\n');
            }
            sb.append('\n');
            if (chance(3)) {
                sb.append(note()).append("\n\n");
            }
        }
        return sb.toString();
    }

    private void preamble(StringBuilder sb, String prefix) {
        if (chance(6)) {
            sb.append("---\ndescription: \"").append(words(3)).append("\"\n---\n\n");
        }
        if (!chance(10)) {
            sb.append("# ").append(prefix).append(words(2)).append("\n\n");
        }
        for (int i = 0, n = between(0, 3); i < n; i++) {
            sb.append("**").append(pick(META)).append("**: ").append(sentence()).append('\n');
        }
        sb.append('\n');
        if (chance(3)) {
            sb.append(sentence()).append("\n\n");
        }
    }

    private String phaseHeading(int n) {
        return switch (random.nextInt(5)) {
            case 0 -> "Phase " + n + ": Setup";
            case 1 ->
                "Phase " + n + ": User Story " + between(1, 3) + " - " + words(2) + " (Priority: P" + between(1, 3)
                        + ")";
            case 2 -> "阶段 " + n + "：用户故事 " + between(1, 3) + " - " + words(2);
            case 3 ->
                "Fase " + n + " — " + words(1) + " (FR-00" + between(1, 3) + ", SC-001..SC-00" + between(2, 4) + ")";
            default -> "Phase " + n + ": Polish & Cross-Cutting Concerns";
        };
    }

    /** Notes and tasks under a heading; returns the next task id. */
    private int body(StringBuilder sb, int id) {
        if (chance(2)) {
            sb.append("**")
                    .append(pick(LABELS))
                    .append("**: ")
                    .append(sentence())
                    .append("\n\n");
        }
        for (int run = 0, runs = between(1, 2); run < runs; run++) {
            for (int i = 0, n = between(1, 4); i < n; i++) {
                sb.append(task(id++)).append('\n');
            }
            sb.append('\n');
            if (chance(3)) {
                sb.append(note()).append("\n\n");
            }
        }
        return id;
    }

    private String task(int n) {
        StringBuilder sb =
                new StringBuilder("- [").append(pick(List.of(" ", "x", "X"))).append("] ");
        if (!chance(6)) {
            String id = "T" + String.format("%03d", n) + (chance(8) ? "a" : "");
            sb.append(chance(6) ? "**" + id + "**" : id).append(' ');
        }
        if (chance(2)) {
            sb.append("[P] ");
        }
        if (chance(2)) {
            sb.append(chance(6) ? "[US1+US2] " : "[US" + between(1, 3) + "] ");
        }
        if (chance(8)) {
            sb.append("[P1] ");
        }
        sb.append(capital(sentence()));
        if (chance(2)) {
            sb.append(" in ").append(pick(PATHS));
        }
        if (chance(3)) {
            sb.append(" (FR-00")
                    .append(between(1, 4))
                    .append(chance(3) ? ", SC-002" : "")
                    .append(')');
        }
        if (chance(8)) {
            sb.append("\n  and ").append(sentence());
        }
        if (chance(6)) {
            sb.append("\n\n  ").append(capital(sentence())).append(".\n");
        }
        if (chance(4)) {
            for (int i = 0, k = between(1, 3); i < k; i++) {
                sb.append("\n  ").append(chance(4) ? (i + 1) + ". " : "- ").append(sentence());
                if (chance(5)) {
                    sb.append("\n    - ").append(pick(PATHS));
                }
            }
        }
        return sb.toString();
    }

    private String item(int n) {
        StringBuilder sb =
                new StringBuilder("- [").append(pick(List.of(" ", "x", "X"))).append("] ");
        if (!chance(4)) {
            sb.append(chance(6) ? "**CHK" + String.format("%03d", n) + "**" : "CHK" + String.format("%03d", n));
            sb.append(pick(List.of(" ", " - ", ": "))).append("");
        }
        sb.append(capital(sentence())).append('?');
        if (chance(2)) {
            sb.append(" [").append(pick(TAGS));
            if (chance(2)) {
                sb.append(", Spec §").append(pick(List.of("FR-001", "FR-2", "US1", "Edge Cases", "SC-001..SC-003")));
            }
            if (chance(5)) {
                sb.append(" vs Plan §Data Model");
            }
            sb.append(']');
        }
        if (chance(6)) {
            sb.append("\n  - ").append(sentence());
        }
        return sb.toString();
    }

    private String note() {
        return switch (random.nextInt(6)) {
            case 0 -> "**" + pick(LABELS) + "**: " + sentence();
            case 1 -> "> **NOTE**: " + sentence();
            case 2 -> "| Step | Owner |\n|------|-------|\n| " + words(1) + " | " + words(1) + " |";
            case 3 -> "```bash\n# " + sentence() + "\nmake test\n```";
            case 4 -> "---";
            default -> "* " + sentence() + "\n* " + sentence();
        };
    }

    private String sentence() {
        return words(between(2, 6)) + (chance(5) ? " `" + pick(WORDS) + "()`" : "");
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(pick(WORDS));
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
