package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression: {@code <!-- featurespec-disable-next-line FS108 duplicate-id -->} drops the named
 * rules' diagnostics that start on the next line; without names it drops all of them. Rules are named by
 * id or alias, separated by spaces or commas; unknown names are ignored.
 */
public final class SuppressionFilter {
    private static final Pattern COMMENT = Pattern.compile("<!--\\s*featurespec-disable-next-line\\b([^>]*?)\\s*-->");

    /** Suppressed line → the rules suppressed there; an empty set means every rule. */
    private final Map<Integer, Set<Rule>> byLine;

    private SuppressionFilter(Map<Integer, Set<Rule>> byLine) {
        this.byLine = byLine;
    }

    /** The suppressions {@code source} declares. Linear in its length. */
    public static SuppressionFilter of(String source) {
        Map<Integer, Set<Rule>> byLine = new HashMap<>();
        if (source.contains("featurespec-disable-next-line")) {
            int line = 1;
            int start = 0;
            int n = source.length();
            while (start <= n) {
                int end = source.indexOf('\n', start);
                if (end < 0) {
                    end = n;
                }
                String text = source.substring(start, end);
                if (text.contains("featurespec-disable-next-line")) {
                    Matcher m = COMMENT.matcher(text);
                    while (m.find()) {
                        Set<Rule> rules = EnumSet.noneOf(Rule.class);
                        boolean named = false;
                        for (String name : m.group(1).strip().split("[\\s,]+")) {
                            if (!name.isEmpty()) {
                                named = true;
                                Optional<Rule> rule = Rule.lookup(name);
                                rule.ifPresent(rules::add);
                            }
                        }
                        if (named && rules.isEmpty()) {
                            continue; // only unknown names: suppress nothing rather than everything
                        }
                        byLine.merge(line + 1, rules, (a, b) -> {
                            if (a.isEmpty() || b.isEmpty()) {
                                return EnumSet.noneOf(Rule.class);
                            }
                            Set<Rule> both = EnumSet.copyOf(a);
                            both.addAll(b);
                            return both;
                        });
                    }
                }
                line++;
                start = end + 1;
            }
        }
        return new SuppressionFilter(byLine);
    }

    /** {@code diagnostics} without the suppressed ones. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (byLine.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            if (!suppressed(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private boolean suppressed(Diagnostic d) {
        if (d.range().isEmpty()) {
            return false;
        }
        Set<Rule> rules = byLine.get(d.range().get().start().line());
        return rules != null && (rules.isEmpty() || rules.contains(d.rule()));
    }
}
