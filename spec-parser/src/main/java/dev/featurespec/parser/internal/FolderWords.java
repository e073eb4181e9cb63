package dev.featurespec.parser.internal;

import dev.featurespec.parser.profile.Language;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of the languages that the feature folder's documents are read with: the id prefixes of
 * requirements and success criteria ({@code FR}, {@code SC}, {@code RF}, {@code CS}, …), for finding
 * cited ids, and the user-story words ({@code User Story}, {@code US}, {@code 用户故事}, …), for finding
 * the story a phase heading names. Compiled once from the language data; immutable. Not API.
 */
public final class FolderWords {
    private final IdScanner ids;
    private final Pattern story;

    /** The words of {@code languages}. */
    public FolderWords(List<Language> languages) {
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> storyWords = new LinkedHashSet<>();
        for (Language l : languages) {
            prefixes.addAll(l.ids().getOrDefault("functionalRequirement", List.of()));
            prefixes.addAll(l.ids().getOrDefault("successCriterion", List.of()));
            storyWords.addAll(l.story().getOrDefault("words", List.of()));
        }
        storyWords.add("US");
        this.ids = new IdScanner(prefixes);
        String words = storyWords.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|"));
        this.story = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + words + ")[ \\t]*-?[ \\t]*0*(\\d{1,6})(?![\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The requirement and criterion ids {@code texts} cite, in order, each once. */
    public List<String> ids(List<String> texts) {
        return ids.ids(texts);
    }

    /**
     * The user stories a heading names ({@code User Story 2}, {@code US2}, {@code 用户故事 2}, {@code
     * US1+US2}) as {@code US2}, in order, each once.
     */
    public List<String> stories(String heading) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = story.matcher(heading);
        while (m.find()) {
            out.add("US" + Integer.parseInt(m.group(1)));
        }
        return List.copyOf(out);
    }
}
