package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.internal.layout.MetadataWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The title and the metadata lines: a changed value is replaced in its own line, a removed one takes its
 * line with it, a new one is written after the last metadata line (after the title when there is none) with
 * the author's bold form.
 */
final class MetadataPatcher {
    private final Source source;
    private final Styles styles;

    MetadataPatcher(Source source, Styles styles) {
        this.source = source;
        this.styles = styles;
    }

    void patch(FeatureSpec base, FeatureSpec edited, List<Patch> out) {
        // a title and metadata where the base has no title line: written at the top, after any front matter
        List<String> head = new ArrayList<>();
        boolean titled = source.extent("/title").isPresent();
        if (!base.title().equals(edited.title())) {
            if (!titled) {
                head.addAll(title(edited.title()));
            } else if (base.title().isEmpty()) {
                // a title line without words: written again with them
                out.add(new Patch(source.first("/title"), source.last("/title") + 1, title(edited.title())));
            } else {
                out.add(source.replace("/title", base.title(), edited.title(), true));
            }
        }
        metadata(base.metadata(), edited.metadata(), head, out);
        if (!head.isEmpty()) {
            int top = top(base);
            if (top > 0 && !source.lines().blank(top - 1)) {
                head.add(0, "");
            }
            if (top < source.lines().size() && !source.lines().blank(top)) {
                head.add("");
            }
            out.add(Patch.insert(top, head));
        }
    }

    private void metadata(Metadata before, Metadata after, List<String> head, List<Patch> out) {
        if (before.equals(after)) {
            return;
        }
        Map<String, Optional<String>> old = fields(before);
        Map<String, Optional<String>> now = fields(after);
        List<String> added = new ArrayList<>();
        for (String name : now.keySet()) {
            Optional<String> o = old.getOrDefault(name, Optional.empty());
            Optional<String> n = now.get(name);
            String pointer = pointer(name);
            if (o.equals(n)) {
                continue;
            }
            if (o.isEmpty()) {
                added.add(name);
            } else if (n.isEmpty()) {
                int line = source.first(pointer);
                out.add(Patch.remove(line, source.last(pointer) + 1));
            } else {
                out.add(source.replace(pointer, o.get(), n.get(), true));
            }
        }
        for (String name : old.keySet()) {
            if (!now.containsKey(name)) {
                out.add(Patch.remove(source.first(pointer(name)), source.last(pointer(name)) + 1));
            }
        }
        // kept names keep their order and new ones come last, where they are written
        List<String> expected = new ArrayList<>();
        before.other().keySet().stream().filter(after.other()::containsKey).forEach(expected::add);
        after.other().keySet().stream()
                .filter(k -> !before.other().containsKey(k))
                .forEach(expected::add);
        if (!expected.equals(new ArrayList<>(after.other().keySet()))) {
            throw new Unplaceable("metadata lines reordered");
        }
        if (added.isEmpty()) {
            return;
        }
        if (source.extent("/title").isEmpty()
                && pointers().stream().noneMatch(p -> source.extent(p).isPresent())) {
            // metadata lines are only metadata under a title: an empty one when the spec has none
            if (head.isEmpty()) {
                head.addAll(title(""));
            }
            head.add("");
            head.addAll(lines(added, now));
            return;
        }
        out.add(insertion(added, now));
    }

    /** The title line of {@code title}: {@code # Feature Specification: T}, in the spec's words. */
    private List<String> title(String title) {
        return Styles.render(out -> new MetadataWriter(styles.base()).title(out, title));
    }

    /** The first line after the front matter, or 0 when there is none. */
    private int top(FeatureSpec base) {
        if (base.frontMatter().isEmpty()) {
            return 0;
        }
        for (int i = 1; i < source.lines().size(); i++) {
            String line = source.lines().line(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return i + 1;
            }
        }
        throw new Unplaceable("front matter without its end");
    }

    private Patch insertion(List<String> names, Map<String, Optional<String>> values) {
        int last = -1;
        int first = Integer.MAX_VALUE;
        int count = 0;
        for (String pointer : pointers()) {
            if (source.extent(pointer).isPresent()) {
                last = Math.max(last, source.last(pointer));
                first = Math.min(first, source.first(pointer));
                count++;
            }
        }
        List<String> lines = new ArrayList<>();
        if (last < 0) {
            if (source.extent("/title").isEmpty()) {
                throw new Unplaceable("metadata without a title");
            }
            // straight under the title: one line, and the title's paragraph break stays where it was
            last = source.last("/title");
        } else {
            // the last value may go on over more lines of its paragraph: the new line goes after them
            while (last + 1 < source.lines().size() && !source.lines().blank(last + 1)) {
                last++;
            }
            if (last - first + 1 > count && source.lines().blank(first + 1)) {
                // lines set apart by blank lines, each a paragraph of its own
                lines.add("");
            }
        }
        lines.addAll(lines(names, values));
        return Patch.insert(last + 1, lines);
    }

    /** The metadata lines of {@code names}, with the author's bold form. */
    private List<String> lines(List<String> names, Map<String, Optional<String>> values) {
        List<String> lines = new ArrayList<>();
        MetadataWriter writer = new MetadataWriter(styles.base());
        for (String name : names) {
            String value = values.get(name).orElseThrow();
            lines.addAll(Styles.render(out -> writer.metadataLine(out, label(name), value(name, value))));
        }
        return lines;
    }

    private List<String> pointers() {
        List<String> out = new ArrayList<>(
                List.of("/metadata/featureBranch", "/metadata/created", "/metadata/status", "/metadata/input"));
        for (String p : source.pointers()) {
            if (p.startsWith("/metadata/other/")) {
                out.add(p);
            }
        }
        return out;
    }

    private String label(String name) {
        return switch (name) {
            case "featureBranch" -> styles.base().word(Term.METADATA_FEATURE_BRANCH);
            case "created" -> styles.base().word(Term.METADATA_CREATED);
            case "status" -> styles.base().word(Term.METADATA_STATUS);
            case "input" -> styles.base().word(Term.METADATA_INPUT);
            default -> name.substring("other/".length());
        };
    }

    private static String value(String name, String value) {
        return name.equals("featureBranch") ? "`" + value + "`" : value;
    }

    /** Field name ({@code status}, {@code other/Owner}) → value, in the writer's order. */
    private static Map<String, Optional<String>> fields(Metadata m) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        out.put("featureBranch", m.featureBranch());
        out.put("created", m.created());
        out.put("status", m.status());
        out.put("input", m.input());
        m.other().forEach((k, v) -> out.put("other/" + k, Optional.of(v)));
        return out;
    }

    private static String pointer(String name) {
        if (name.startsWith("other/")) {
            return "/metadata/other/" + name.substring(6).replace("~", "~0").replace("/", "~1");
        }
        return "/metadata/" + name;
    }
}
