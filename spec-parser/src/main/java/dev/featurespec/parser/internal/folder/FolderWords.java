package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Vocabulary;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the feature folder's documents are read with from the template's one home ({@code
 * dev.featurespec.model.template}): the id grammar of requirements and success criteria (its prefixes:
 * {@code FR}, {@code SC}, {@code RF}, {@code CS}, …), for finding cited ids, and the user-story words
 * ({@code User Story}, {@code US}, {@code 用户故事}, …), for finding the stories a phase heading names.
 * Compiled once; immutable. Not API.
 */
public final class FolderWords {
    private final IdScanner ids;
    private final Pattern story;

    /** The words of {@code languages}. */
    public FolderWords(List<Language> languages) {
        Vocabulary vocabulary = new Vocabulary(languages, null);
        this.ids = new IdScanner(vocabulary.anyId());
        Set<String> storyWords = new LinkedHashSet<>();
        for (Language l : languages) {
            storyWords.addAll(l.words(Term.STORY_WORD));
        }
        storyWords.add("US");
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
