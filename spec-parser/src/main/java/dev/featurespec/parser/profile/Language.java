package dev.featurespec.parser.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words a spec's structure uses in one natural language: title prefixes, section headings, labels,
 * metadata names, Given/When/Then keywords and clarification markers. Every list gives synonyms, the
 * first being the canonical form the Markdown writer uses. Loaded from {@code languages/<code>.yaml};
 * see {@code en.yaml} for every key.
 *
 * @param code the BCP 47 tag, e.g. {@code ja}
 * @param name the language's English name
 * @param title prefixes of the {@code #} title before its colon, e.g. {@code Feature Specification}
 * @param markers heading markers in {@code *(…)*}: keys {@code mandatory}, {@code optional}, {@code
 *     includeIfData}
 * @param headings section headings by key: the {@link dev.featurespec.model.Section} keys plus {@code
 *     measurableOutcomes}, {@code primaryUserStory}, {@code acceptanceScenarios}, {@code session}
 * @param story user story heading words: keys {@code words} ({@code User Story}) and {@code priority}
 * @param labels bold labels inside stories: {@code whyThisPriority}, {@code independentTest}, {@code
 *     acceptanceScenarios}
 * @param metadata bold metadata names: {@code featureBranch}, {@code created}, {@code status}, {@code
 *     input}
 * @param keywords scenario keywords: {@code given}, {@code when}, {@code then}, {@code and}
 * @param clarifications clarification entry markers: {@code question} ({@code Q}), {@code answer}
 *     ({@code A})
 * @param ids id prefixes: {@code functionalRequirement} ({@code FR}), {@code successCriterion} ({@code
 *     SC})
 */
public record Language(
        String code,
        String name,
        List<String> title,
        Map<String, List<String>> markers,
        Map<String, List<String>> headings,
        Map<String, List<String>> story,
        Map<String, List<String>> labels,
        Map<String, List<String>> metadata,
        Map<String, List<String>> keywords,
        Map<String, List<String>> clarifications,
        Map<String, List<String>> ids) {

    public Language {
        Objects.requireNonNull(code, "Language.code must not be null");
        name = name == null ? code : name;
        title = title == null ? List.of() : List.copyOf(title);
        markers = copy(markers);
        headings = copy(headings);
        story = copy(story);
        labels = copy(labels);
        metadata = copy(metadata);
        keywords = copy(keywords);
        clarifications = copy(clarifications);
        ids = copy(ids);
    }

    /** The synonyms of heading {@code key}, canonical first; empty when the language has none. */
    public List<String> headings(String key) {
        return headings.getOrDefault(key, List.of());
    }

    /** The canonical heading for {@code key}, or {@code fallback} when the language has none. */
    public String heading(String key, String fallback) {
        List<String> words = headings(key);
        return words.isEmpty() ? fallback : words.get(0);
    }

    /** The canonical word of {@code group} (e.g. {@link #labels()}) for {@code key}, or {@code fallback}. */
    public static String first(Map<String, List<String>> group, String key, String fallback) {
        List<String> words = group.getOrDefault(key, List.of());
        return words.isEmpty() ? fallback : words.get(0);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        if (map == null) {
            return Map.of();
        }
        var out = new java.util.LinkedHashMap<String, List<String>>();
        map.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
