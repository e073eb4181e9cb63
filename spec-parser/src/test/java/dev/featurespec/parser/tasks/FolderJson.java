package dev.featurespec.parser.tasks;

import dev.featurespec.testkit.SourceWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test-local JSON form of task lists and checklists (the records' Jackson annotations, read by Jackson
 * databind), and the "nothing lost" check over it: every word of a source is in the model's JSON, except
 * the {@code x} of a checked box and the numbers of ordered list items, which are list markers.
 */
final class FolderJson {
    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final SourceWords WORDS = SourceWords.structural(java.util.List.of());
    private static final Pattern ORDERED_ITEM = Pattern.compile("^[\\s>]*(\\d{1,9})[.)]\\s");

    private FolderJson() {}

    static String write(Object document) {
        return MAPPER.writeValueAsString(document).replace("\r\n", "\n") + "\n";
    }

    static Set<String> missingWords(String source, Object document) {
        Set<String> model = new HashSet<>();
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(MAPPER.valueToTree(document));
        while (!stack.isEmpty()) {
            JsonNode n = stack.pop();
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    stack.push(e.getValue());
                }
            } else if (n.isArray()) {
                n.forEach(stack::push);
            } else if (n.isString()) {
                SourceWords.add(n.asString(), model);
            }
        }
        Set<String> markers = new HashSet<>(Set.of("x"));
        source.lines().forEach(line -> {
            var o = ORDERED_ITEM.matcher(line);
            if (o.lookingAt()) {
                SourceWords.add(o.group(1), markers);
            }
        });
        return WORDS.missing(source, model, markers);
    }
}
