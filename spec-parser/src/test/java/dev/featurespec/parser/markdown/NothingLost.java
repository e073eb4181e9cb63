package dev.featurespec.parser.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.profile.Language;
import dev.featurespec.parser.profile.Languages;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The "nothing lost" check: every word of a source document must appear in the parsed model's text.
 *
 * <p>A word is a maximal run of letters, or of digits (compared without leading zeros, since story
 * numbers are numbers). Excluded, because the parser turns them into
 * structure rather than text: every word of the structural vocabulary of the built-in languages
 * (title prefixes, section headings, heading markers like "mandatory", story words, labels, metadata
 * names, Given/When/Then keywords, Q/A markers, id column names), and the leading numbers of
 * headings ({@code ## 4. Requirements}), which the parser drops with the heading, and the numbers of ordered list items ({@code 2.}), which
 * are list markers. Everything else must be in a string
 * or number of the model's JSON tree (typed fields, attribute and metadata names, extra sections,
 * story notes, front matter).
 */
final class NothingLost {
    private static final Set<String> STRUCTURAL = structuralWords();
    private static final java.util.regex.Pattern ORDERED_ITEM =
            java.util.regex.Pattern.compile("^[\\s>]*(\\d{1,9})[.)]\\s");
    private static final java.util.regex.Pattern HEADING_NUMBER =
            java.util.regex.Pattern.compile("^#{1,6}\\s+(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s");

    private NothingLost() {}

    static Set<String> missingWords(String source, FeatureSpec spec) {
        Set<String> model = new HashSet<>();
        JsonNode tree = TestJson.MAPPER.valueToTree(spec);
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(tree);
        while (!stack.isEmpty()) {
            JsonNode n = stack.pop();
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    words(e.getKey(), model);
                    stack.push(e.getValue());
                }
            } else if (n.isArray()) {
                n.forEach(stack::push);
            } else if (n.isValueNode()) {
                words(n.asString(), model);
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        Set<String> sourceWords = new LinkedHashSet<>();
        words(source, sourceWords);
        Set<String> numbering = new HashSet<>();
        source.lines().forEach(line -> {
            var m = HEADING_NUMBER.matcher(line);
            if (m.lookingAt()) {
                words(m.group(1), numbering);
            }
            var o = ORDERED_ITEM.matcher(line);
            if (o.lookingAt()) {
                words(o.group(1), numbering);
            }
        });
        for (String w : sourceWords) {
            if (!model.contains(w) && !STRUCTURAL.contains(w) && !numbering.contains(w)) {
                missing.add(w);
            }
        }
        return missing;
    }

    private static void add(String word, Set<String> out) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            w = w.replaceFirst("^0+(?=\\d)", "");
        }
        out.add(w);
    }

    static void words(String text, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start >= 0 && Character.isDigit(text.charAt(i)) != Character.isDigit(text.charAt(i - 1))) {
                add(text.substring(start, i), out);
                start = i;
            }
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                add(text.substring(start, i), out);
                start = -1;
            }
        }
    }

    private static Set<String> structuralWords() {
        Set<String> out = new HashSet<>();
        for (Language l : Languages.builtIn()) {
            l.title().forEach(w -> words(w, out));
            for (Map<String, List<String>> group : List.of(
                    l.markers(),
                    l.headings(),
                    l.story(),
                    l.labels(),
                    l.metadata(),
                    l.keywords(),
                    l.clarifications(),
                    l.ids())) {
                group.values().forEach(ws -> ws.forEach(w -> words(w, out)));
            }
        }
        return out;
    }
}
