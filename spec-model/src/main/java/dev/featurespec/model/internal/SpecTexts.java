package dev.featurespec.model.internal;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.internal.Fence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text field of a spec with its path, in document order, so class-level constraints and the
 * spec's text queries see all of them the same way. Walks statement trees with an explicit stack. Not
 * API.
 */
public final class SpecTexts {
    /** The longest path reported: 64 levels of nested statements. */
    public static final int MAX_PATH = 2 + 2 * 64;

    private SpecTexts() {}

    /**
     * A text and where it is.
     *
     * @param link the path
     * @param text the text; for an extra section's body, its Markdown source as written
     * @param markdownBody true when the text is a Markdown body (blocks), false for inline text
     */
    public record TextField(PathLink link, String text, boolean markdownBody) {
        /**
         * Where the text is: property names as {@link String}s, list indexes as {@link Integer}s (after
         * the list's name), map keys as {@link Key}s.
         */
        public List<Object> path() {
            return link.toList();
        }

        /** Where the text is, as an RFC 6901 JSON pointer ({@code /functionalRequirements/3/text}). */
        public String pointer() {
            StringBuilder sb = new StringBuilder();
            for (Object segment : path()) {
                String token = segment instanceof Key key ? key.key() : segment.toString();
                sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
            return sb.toString();
        }
    }

    /** A map key segment of a path. */
    public record Key(String key) {}

    /** A path as a chain of segments ending at its last one; shares prefixes, so extending is O(1). */
    public record PathLink(PathLink parent, Object segment) {
        static PathLink of(Object... segments) {
            PathLink link = null;
            for (Object segment : segments) {
                link = new PathLink(link, segment);
            }
            return link;
        }

        /** The segments from the first. */
        public List<Object> toList() {
            java.util.ArrayList<Object> list = new java.util.ArrayList<>();
            for (PathLink l = this; l != null; l = l.parent) {
                list.add(l.segment);
            }
            java.util.Collections.reverse(list);
            if (list.size() > MAX_PATH) {
                // a statement nested deeper than any parser builds: report at its ancestor's text, as
                // Bean Validation providers build long node paths in quadratic time
                int end = MAX_PATH;
                while (!(list.get(end - 1) instanceof Integer)) {
                    end--;
                }
                list = new java.util.ArrayList<>(list.subList(0, end));
                list.add("text");
            }
            return List.copyOf(list);
        }
    }

    /** Every text field of {@code spec}. Scenario texts are covered by their parts when they have any. */
    public static List<TextField> of(FeatureSpec spec) {
        List<TextField> out = new ArrayList<>();
        add(out, spec.title(), "title");
        add(out, spec.frontMatter(), "frontMatter");
        Metadata m = spec.metadata();
        add(out, m.featureBranch(), "metadata", "featureBranch");
        add(out, m.created(), "metadata", "created");
        add(out, m.status(), "metadata", "status");
        add(out, m.input(), "metadata", "input");
        for (Map.Entry<String, String> e : m.other().entrySet()) {
            add(out, e.getValue(), "metadata", "other", new Key(e.getKey()));
        }
        for (int i = 0; i < spec.clarifications().size(); i++) {
            ClarificationSession s = spec.clarifications().get(i);
            add(out, s.date(), "clarifications", i, "date");
            add(out, s.topic(), "clarifications", i, "topic");
            for (int j = 0; j < s.entries().size(); j++) {
                add(out, s.entries().get(j).question(), "clarifications", i, "entries", j, "question");
                add(out, s.entries().get(j).answer(), "clarifications", i, "entries", j, "answer");
            }
        }
        for (int i = 0; i < spec.userStories().size(); i++) {
            story(out, spec.userStories().get(i), i);
        }
        for (int i = 0; i < spec.edgeCases().size(); i++) {
            add(out, spec.edgeCases().get(i), "edgeCases", i);
        }
        for (int i = 0; i < spec.functionalRequirements().size(); i++) {
            Requirement r = spec.functionalRequirements().get(i);
            add(out, r.label(), "functionalRequirements", i, "label");
            add(out, r.text(), "functionalRequirements", i, "text");
            attributes(out, r.attributes(), "functionalRequirements", i);
        }
        spec.apiContract().ifPresent(s -> statements(out, s.statements(), "apiContract"));
        spec.configurationImpact().ifPresent(s -> statements(out, s.statements(), "configurationImpact"));
        spec.securityImpact().ifPresent(s -> statements(out, s.statements(), "securityImpact"));
        spec.observability().ifPresent(s -> statements(out, s.statements(), "observability"));
        for (int i = 0; i < spec.keyEntities().size(); i++) {
            KeyEntity e = spec.keyEntities().get(i);
            add(out, e.name(), "keyEntities", i, "name");
            add(out, e.description(), "keyEntities", i, "description");
        }
        for (int i = 0; i < spec.successCriteria().size(); i++) {
            SuccessCriterion c = spec.successCriteria().get(i);
            add(out, c.text(), "successCriteria", i, "text");
            attributes(out, c.attributes(), "successCriteria", i);
        }
        for (int i = 0; i < spec.assumptions().size(); i++) {
            add(out, spec.assumptions().get(i), "assumptions", i);
        }
        for (int i = 0; i < spec.extraSections().size(); i++) {
            ExtraSection x = spec.extraSections().get(i);
            add(out, x.heading(), "extraSections", i, "heading");
            if (!x.markdown().isEmpty()) {
                out.add(new TextField(PathLink.of("extraSections", i, "markdown"), x.markdown(), true));
            }
        }
        return out;
    }

    private static void story(List<TextField> out, UserStory s, int i) {
        add(out, s.title(), "userStories", i, "title");
        add(out, s.suffix(), "userStories", i, "suffix");
        add(out, s.description(), "userStories", i, "description");
        add(out, s.whyThisPriority(), "userStories", i, "whyThisPriority");
        add(out, s.independentTest(), "userStories", i, "independentTest");
        for (int j = 0; j < s.acceptanceScenarios().size(); j++) {
            AcceptanceScenario a = s.acceptanceScenarios().get(j);
            if (a.given().isEmpty()
                    && a.when().isEmpty()
                    && a.then().isEmpty()
                    && a.and().isEmpty()) {
                add(out, a.text(), "userStories", i, "acceptanceScenarios", j, "text");
                continue;
            }
            add(out, a.given(), "userStories", i, "acceptanceScenarios", j, "given");
            add(out, a.when(), "userStories", i, "acceptanceScenarios", j, "when");
            add(out, a.then(), "userStories", i, "acceptanceScenarios", j, "then");
            for (int k = 0; k < a.and().size(); k++) {
                add(out, a.and().get(k), "userStories", i, "acceptanceScenarios", j, "and", k);
            }
        }
        add(out, s.notes(), "userStories", i, "notes");
    }

    private static void attributes(List<TextField> out, Map<String, String> attributes, String list, int i) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            add(out, e.getValue(), list, i, "attributes", new Key(e.getKey()));
        }
    }

    /**
     * The statements of a section, depth first, with paths like {@code statements[0].children[1].text}.
     * Paths are kept as parent links while walking, so the walk is linear in the number of statements
     * whatever the depth; a path is materialised only for a text the caller reports.
     */
    private static void statements(List<TextField> out, List<Statement> roots, String section) {
        record Frame(PathLink path, List<Statement> list, int next) {}
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(new PathLink(new PathLink(null, section), "statements"), roots, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (f.next >= f.list.size()) {
                continue;
            }
            stack.push(new Frame(f.path, f.list, f.next + 1));
            Statement s = f.list.get(f.next);
            PathLink here = new PathLink(f.path, f.next);
            if (!s.text().isEmpty()) {
                out.add(new TextField(new PathLink(here, "text"), s.text(), false));
            }
            if (!s.children().isEmpty()) {
                stack.push(new Frame(new PathLink(here, "children"), s.children(), 0));
            }
        }
    }

    private static void add(List<TextField> out, Optional<String> text, Object... path) {
        text.ifPresent(t -> add(out, t, path));
    }

    private static void add(List<TextField> out, String text, Object... path) {
        if (!text.isEmpty()) {
            out.add(new TextField(PathLink.of(path), text, false));
        }
    }

    /**
     * {@code markdown} without fenced code blocks and HTML comments, which hold template guidance and
     * examples rather than the author's words. Linear.
     */
    public static String prose(String markdown) {
        if (markdown.indexOf("```") < 0 && markdown.indexOf("~~~") < 0 && markdown.indexOf("<!--") < 0) {
            return markdown;
        }
        StringBuilder sb = new StringBuilder(markdown.length());
        String fence = null;
        boolean comment = false;
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (fence != null) {
                if (Fence.closes(fence, t)) {
                    fence = null;
                }
                continue;
            }
            if (comment) {
                if (t.contains("-->")) {
                    comment = false;
                }
                continue;
            }
            fence = Fence.opening(t);
            if (fence != null) {
                continue;
            }
            int open = line.indexOf("<!--");
            if (open >= 0) {
                int close = line.indexOf("-->", open + 4);
                if (close < 0) {
                    comment = true;
                    sb.append(line, 0, open).append('\n');
                    continue;
                }
                sb.append(line, 0, open).append(line, close + 3, line.length()).append('\n');
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
