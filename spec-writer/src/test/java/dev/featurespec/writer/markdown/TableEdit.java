package dev.featurespec.writer.markdown;

import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six edits of the faithful-write budget table, each with its line budget; an edit applies to a spec
 * that has what it edits.
 */
enum TableEdit {
    STATUS_CHANGED(1, 1) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            if (spec.title().isEmpty()) {
                return Optional.empty();
            }
            String status = spec.metadata().status().filter("Approved"::equals).isPresent() ? "Draft" : "Approved";
            return Optional.of(spec.toBuilder()
                    .metadata(spec.metadata().toBuilder().status(status).build())
                    .build());
        }
    },
    FR_TEXT_CHANGED(3, 3) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            List<Requirement> frs = new ArrayList<>(spec.functionalRequirements());
            if (frs.isEmpty()) {
                return Optional.empty();
            }
            int i = frs.size() / 2;
            frs.set(i, frs.get(i).withText((frs.get(i).text() + " qzbxkf").strip()));
            return Optional.of(spec.toBuilder().functionalRequirements(frs).build());
        }
    },
    FR_APPENDED(0, 2) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            List<Requirement> frs = new ArrayList<>(spec.functionalRequirements());
            if (frs.isEmpty()) {
                return Optional.empty();
            }
            Requirement last = frs.get(frs.size() - 1);
            frs.add(new Requirement(
                    Optional.of(nextId(frs)), Optional.empty(), "System MUST qzbxkf the vwjqpz.", last.attributes()));
            return Optional.of(spec.toBuilder().functionalRequirements(frs).build());
        }
    },
    QA_ADDED(0, 2) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            List<ClarificationSession> sessions = new ArrayList<>(spec.clarifications());
            if (sessions.isEmpty()) {
                return Optional.empty();
            }
            int last = sessions.size() - 1;
            sessions.set(last, sessions.get(last).withEntry(Clarification.of("Qzbxkf vwjqpz?", "Vwjqpz qzbxkf.")));
            return Optional.of(spec.toBuilder().clarifications(sessions).build());
        }
    },
    LAST_SC_REMOVED(3, 0) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            if (spec.successCriteria().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(spec.toBuilder()
                    .successCriteria(spec.successCriteria()
                            .subList(0, spec.successCriteria().size() - 1))
                    .build());
        }
    },
    STORY_PRIORITY_CHANGED(1, 1) {
        @Override
        Optional<FeatureSpec> apply(FeatureSpec spec) {
            if (spec.userStories().isEmpty()
                    || spec.userStories().get(0).priority().isEmpty()) {
                return Optional.empty();
            }
            List<UserStory> stories = new ArrayList<>(spec.userStories());
            UserStory s = stories.get(0);
            int rank = s.priority().get().rank();
            stories.set(
                    0, s.toBuilder().priority(Priority.of(rank == 1 ? 2 : 1)).build());
            return Optional.of(spec.toBuilder().userStories(stories).build());
        }
    };

    /** A list item or a table row. */
    private static final Pattern ITEM = Pattern.compile("^\\uFEFF?[ \\t]*(([-*+]|\\d{1,9}[.)])[ \\t]|\\|)");

    private static final Pattern ID = Pattern.compile("(.*?)(\\d+)$");

    /**
     * Lines the edit may remove and add. A removed element takes all its own lines, so removing a criterion
     * written on more lines than the budget may remove those lines and a blank one after them.
     */
    final int removed;

    final int added;

    TableEdit(int removed, int added) {
        this.removed = removed;
        this.added = added;
    }

    /** {@code spec} edited, or empty when it lacks what this edit changes. */
    abstract Optional<FeatureSpec> apply(FeatureSpec spec);

    /**
     * {@code document}'s spec edited, or empty when it lacks what this edit changes, or when a new
     * requirement would stand beside one written as a heading or a bold paragraph rather than a list item
     * or a table row (a form no list item can join).
     */
    Optional<FeatureSpec> apply(SourceDocument document) {
        if (this == FR_APPENDED && !document.spec().functionalRequirements().isEmpty()) {
            int last = document.spec().functionalRequirements().size() - 1;
            int line = document.extents()
                    .get("/functionalRequirements/" + last)
                    .orElseThrow()
                    .start()
                    .line();
            String text =
                    document.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)[line - 1];
            if (!ITEM.matcher(text).find()) {
                return Optional.empty();
            }
        }
        return apply(document.spec());
    }

    /** An id after the largest of {@code frs} in their form ({@code FR-017}), or {@code FR-901}. */
    private static String nextId(List<Requirement> frs) {
        String best = null;
        int max = -1;
        for (Requirement r : frs) {
            Matcher m = ID.matcher(r.id().orElse(""));
            if (m.matches() && Integer.parseInt(m.group(2)) > max) {
                max = Integer.parseInt(m.group(2));
                best = m.group(1) + String.format("%0" + m.group(2).length() + "d", max + 1);
            }
        }
        return best != null ? best : "FR-901";
    }

    static Map<String, TableEdit> byName() {
        Map<String, TableEdit> out = new java.util.LinkedHashMap<>();
        for (TableEdit e : values()) {
            out.put(e.name(), e);
        }
        return out;
    }
}
