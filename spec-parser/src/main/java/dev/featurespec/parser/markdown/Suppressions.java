package dev.featurespec.parser.markdown;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppression comments of a document: {@code <!-- featurespec-disable-next-line FS108 -->}
 * turns off the named rules (ids or aliases; every rule when none is named) on the next non-blank line
 * after the comment. The Markdown parser applies them to its own diagnostics; callers that add other
 * diagnostics (the validator's) filter them with {@link #suppresses(Diagnostic)}. Immutable.
 *
 * <pre>{@code
 * Suppressions s = Suppressions.parse(markdown);
 * List<Diagnostic> kept = all.stream().filter(d -> !s.suppresses(d)).toList();
 * }</pre>
 */
public final class Suppressions {
    private static final String DIRECTIVE = "featurespec-disable-next-line";
    private static final Pattern COMMENT =
            Pattern.compile("<!--\\s*" + DIRECTIVE + "((?:\\s+[A-Za-z0-9_-]{1,60}){0,32})\\s*-->");
    private static final Suppressions NONE = new Suppressions(Map.of(), List.of());

    private final Map<Integer, Set<Rule>> byLine;
    private final List<String> unknownRules;

    private Suppressions(Map<Integer, Set<Rule>> byLine, List<String> unknownRules) {
        this.byLine = byLine;
        this.unknownRules = unknownRules;
    }

    /** No suppressions. */
    public static Suppressions none() {
        return NONE;
    }

    /** Reads the suppression comments of {@code source}; linear in its length. */
    public static Suppressions parse(String source) {
        if (source == null || !source.contains(DIRECTIVE)) {
            return NONE;
        }
        Map<Integer, Set<Rule>> byLine = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        String[] lines = source.split("\r\n|\r|\n", -1);
        Set<Rule> pending = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (pending != null && !line.isBlank() && !line.contains(DIRECTIVE)) {
                byLine.computeIfAbsent(i + 1, k -> EnumSet.noneOf(Rule.class)).addAll(pending);
                pending = null;
            }
            if (!line.contains(DIRECTIVE)) {
                continue;
            }
            Matcher m = COMMENT.matcher(line);
            while (m.find()) {
                Set<Rule> rules = EnumSet.noneOf(Rule.class);
                String names = m.group(1).strip();
                if (names.isEmpty()) {
                    rules = EnumSet.allOf(Rule.class);
                } else {
                    for (String name : names.split("\\s+")) {
                        Optional<Rule> r = Rule.lookup(name);
                        if (r.isPresent()) {
                            rules.add(r.get());
                        } else {
                            unknown.add(name);
                        }
                    }
                }
                if (pending == null) {
                    pending = rules;
                } else {
                    pending.addAll(rules);
                }
            }
        }
        return new Suppressions(Collections.unmodifiableMap(byLine), List.copyOf(unknown));
    }

    /** True when {@code d} starts on a line whose preceding comment turns off its rule. */
    public boolean suppresses(Diagnostic d) {
        if (byLine.isEmpty() || d.range().isEmpty()) {
            return false;
        }
        Set<Rule> rules = byLine.get(d.range().get().start().line());
        return rules != null && rules.contains(d.rule());
    }

    /** The diagnostics {@code all} without the suppressed ones. */
    public List<Diagnostic> filter(List<Diagnostic> all) {
        if (byLine.isEmpty()) {
            return all;
        }
        return all.stream().filter(d -> !suppresses(d)).toList();
    }

    /** Rule names in suppression comments that name no rule. */
    public List<String> unknownRules() {
        return unknownRules;
    }

    /** True when the document has no suppression comment. */
    public boolean isEmpty() {
        return byLine.isEmpty();
    }
}
