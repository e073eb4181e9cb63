package dev.featurespec.parser.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.Languages;
import dev.featurespec.testkit.SourceWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The "nothing lost" check: every word of a source document must appear in the parsed model's text.
 *
 * <p>Words are {@link SourceWords}' (shared with the writer's round-trip laws), with the structural
 * vocabulary of the built-in languages excepted. Also excepted: the leading numbers of headings ({@code
 * ## 4. Requirements}), which the parser drops with the heading, and the numbers of ordered list items
 * ({@code 2.}), which are list markers (the model keeps them only for success criteria). Everything else must be in a string or
 * number of the model's JSON tree (typed fields, attribute and metadata names, extra sections, story
 * notes, front matter).
 */
final class NothingLost {
    private static final SourceWords WORDS = SourceWords.structural(Languages.builtIn());
    private static final Pattern ORDERED_ITEM = Pattern.compile("^[\\s>]*(\\d{1,9})[.)]\\s");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^#{1,6}\\s+(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s");

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
                    SourceWords.add(e.getKey(), model);
                    stack.push(e.getValue());
                }
            } else if (n.isArray()) {
                n.forEach(stack::push);
            } else if (n.isValueNode()) {
                SourceWords.add(n.asString(), model);
            }
        }
        Set<String> numbering = new HashSet<>();
        source.lines().forEach(line -> {
            var m = HEADING_NUMBER.matcher(line);
            if (m.lookingAt()) {
                SourceWords.add(m.group(1), numbering);
            }
            var o = ORDERED_ITEM.matcher(line);
            if (o.lookingAt()) {
                SourceWords.add(o.group(1), numbering);
            }
        });
        return WORDS.missing(source, model, numbering);
    }
}
