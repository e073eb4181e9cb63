package dev.featurespec.diff.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.ChangeKind;
import dev.featurespec.diff.FieldChange;
import dev.featurespec.diff.Significance;
import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** The one-line {@link Change#summary()} of a change. Not API. */
public final class Summaries {
    /** Texts in a summary are shortened to about this many characters. */
    static final int TEXT_LENGTH = 80;

    /** Fields whose values are short enough to show in the details: {@code level SHOULD → MUST}. */
    private static final Set<String> SHOWN =
            Set.of("level", "priority", "number", "id", "date", "answerLabel", "after");

    private Summaries() {}

    /** {@code KIND LABEL[ DESCRIPTION][ [SIGNIFICANCE, …]]}. */
    public static String summary(Change c) {
        StringBuilder sb = new StringBuilder(c.kind().label()).append(' ').append(label(c));
        String description = description(c);
        if (!description.isEmpty()) {
            sb.append(' ').append(description);
        }
        if (!c.significance().isEmpty()) {
            StringJoiner j = new StringJoiner(", ", " [", "]");
            for (Significance s : c.significance()) {
                j.add(s.label());
            }
            sb.append(j);
        }
        return sb.toString();
    }

    /** {@code (DETAILS) "TEXT"}, either part left out when empty. */
    public static String description(Change c) {
        String details = details(c);
        String text = text(c);
        if (details.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? "(" + details + ")" : "(" + details + ") " + text;
    }

    /** What the element is called: {@code FR-003}, {@code story 2}, {@code metadata status}, {@code scenario}. */
    public static String label(Change c) {
        String id = c.id().orElse("");
        return switch (c.element()) {
            case TITLE -> "title";
            case LANGUAGE -> "language";
            case FRONT_MATTER -> "front matter";
            case METADATA -> "metadata " + id;
            case USER_STORY -> "story " + id;
            case ACCEPTANCE_SCENARIO -> "scenario";
            case EDGE_CASE -> "edge case";
            case FUNCTIONAL_REQUIREMENT -> id.isEmpty() ? "requirement" : id;
            case SUCCESS_CRITERION -> id.isEmpty() ? "success criterion" : id;
            case KEY_ENTITY -> "key entity " + Texts.shorten(id, 40);
            case SECTION -> sectionName(id) + " section";
            case STATEMENT -> sectionName(c.pointer().substring(1, c.pointer().indexOf('/', 1))) + " statement";
            case ASSUMPTION -> "assumption";
            case CLARIFICATION_SESSION -> "clarification session " + id;
            case CLARIFICATION -> "clarification";
            case EXTRA_SECTION -> id.isEmpty() ? "note" : "section \"" + Texts.shorten(id, 40) + "\"";
        };
    }

    private static String sectionName(String key) {
        return switch (key) {
            case "apiContract" -> "API contract";
            case "configurationImpact" -> "configuration impact";
            case "securityImpact" -> "security impact";
            case "observability" -> "observability";
            default -> key;
        };
    }

    private static String details(Change c) {
        List<String> parts = new ArrayList<>();
        boolean scalar = c.fields().size() == 1 && c.fields().get(0).field().isEmpty();
        if (c.kind() == ChangeKind.MOVED) {
            FieldChange renumbered = null;
            for (FieldChange f : c.fields()) {
                if (f.field().equals("number") || f.field().equals("id")) {
                    renumbered = f;
                }
            }
            if (renumbered == null) {
                parts.add("reordered");
            } else {
                String was = renumbered.oldValue().orElse("");
                parts.add("was " + (renumbered.field().equals("number") ? "story " + was : was));
            }
        }
        if (!scalar) {
            for (FieldChange f : c.fields()) {
                if (c.kind() == ChangeKind.MOVED
                        && (f.field().equals("number") || f.field().equals("id"))) {
                    continue;
                }
                parts.add(
                        SHOWN.contains(f.field())
                                ? f.field() + " " + f.oldValue().orElse("none") + " → "
                                        + f.newValue().orElse("none")
                                : f.field());
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The element's text: for a change, the new text from a little before where it first differs from
     * the old one, so that the difference shows even in a long text; a plain value (a title, an edge case)
     * as {@code "old" → "new"}.
     */
    private static String text(Change c) {
        Object value = c.newValue().or(c::oldValue).orElseThrow();
        String now = mainText(value);
        String old = c.oldValue().map(Summaries::mainText).orElse(now);
        boolean changed = c.oldValue().isPresent() && c.newValue().isPresent() && !old.equals(now);
        if (value instanceof String && c.fields().size() <= 1 && changed) {
            return quote(old, now) + " → " + quote(now, old);
        }
        if (value instanceof Clarification q && q.question().isPresent()) {
            return quote(q.question().get(), q.question().get()) + " → " + quote(changed ? now : old, old);
        }
        return now.isBlank() ? "" : quote(now, changed ? old : now);
    }

    /** The text a summary shows of an element. */
    private static String mainText(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof UserStory s) {
            return s.title();
        } else if (value instanceof AcceptanceScenario s) {
            return s.text();
        } else if (value instanceof Requirement r) {
            return r.text();
        } else if (value instanceof SuccessCriterion sc) {
            return sc.text();
        } else if (value instanceof KeyEntity e) {
            return e.description();
        } else if (value instanceof Statement s) {
            return s.text();
        } else if (value instanceof ClarificationSession s) {
            int n = s.entries().size();
            return s.topic().orElse(n + (n == 1 ? " entry" : " entries"));
        } else if (value instanceof Clarification q) {
            return q.answer();
        } else if (value instanceof ExtraSection x) {
            return x.markdown();
        }
        return "";
    }

    /**
     * {@code text} in quotes, one line, about {@value #TEXT_LENGTH} characters; when it first differs from
     * {@code other} past the first two thirds of that, it starts a few words before the difference, after
     * {@code …}.
     */
    private static String quote(String text, String other) {
        String t = Texts.shorten(text, Integer.MAX_VALUE);
        String o = Texts.shorten(other, Integer.MAX_VALUE);
        int same = 0;
        while (same < t.length() && same < o.length() && t.charAt(same) == o.charAt(same)) {
            same++;
        }
        if (same == t.length() && same == o.length() || same < TEXT_LENGTH * 2 / 3) {
            return "\"" + Texts.shorten(t, TEXT_LENGTH) + "\"";
        }
        int start = t.lastIndexOf(' ', Math.max(0, same - 20));
        return "\"… " + Texts.shorten(t.substring(start + 1), TEXT_LENGTH) + "\"";
    }
}
