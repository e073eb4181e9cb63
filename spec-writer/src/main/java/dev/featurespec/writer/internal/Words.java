package dev.featurespec.writer.internal;

import dev.featurespec.parser.profile.Language;
import dev.featurespec.parser.profile.Languages;
import java.util.List;
import java.util.Map;

/**
 * The canonical words of one language, with English as the fallback for any word the language file
 * does not give: the first synonym of every list, as the parser's language files define them. Not API.
 */
public final class Words {
    private static final Language ENGLISH = Languages.english();

    private final Language language;

    private Words(Language language) {
        this.language = language;
    }

    /** The words of {@code language}. */
    public static Words of(Language language) {
        return new Words(language);
    }

    /** The words of the built-in language {@code code}, or English when there is none. */
    public static Words forCode(String code) {
        return new Words(Languages.forCode(code).orElse(ENGLISH));
    }

    /** English. */
    public static Words english() {
        return new Words(ENGLISH);
    }

    /** The title prefix, {@code Feature Specification}. */
    public String title() {
        return first(language.title(), ENGLISH.title());
    }

    /** The canonical heading of section {@code key}. */
    public String heading(String key) {
        return word(language.headings(), ENGLISH.headings(), key);
    }

    /** The marker word {@code key} ({@code mandatory}, {@code includeIfData}). */
    public String marker(String key) {
        return word(language.markers(), ENGLISH.markers(), key);
    }

    /** The story heading word {@code key} ({@code words}, {@code priority}). */
    public String story(String key) {
        return word(language.story(), ENGLISH.story(), key);
    }

    /** The story label {@code key}. */
    public String label(String key) {
        return word(language.labels(), ENGLISH.labels(), key);
    }

    /** The metadata name {@code key}. */
    public String metadata(String key) {
        return word(language.metadata(), ENGLISH.metadata(), key);
    }

    /** The scenario keyword {@code key} ({@code given}, {@code when}, {@code then}, {@code and}). */
    public String keyword(String key) {
        return word(language.keywords(), ENGLISH.keywords(), key);
    }

    /** The clarification marker {@code key} ({@code question}, {@code answer}). */
    public String clarification(String key) {
        return word(language.clarifications(), ENGLISH.clarifications(), key);
    }

    private static String word(Map<String, List<String>> own, Map<String, List<String>> english, String key) {
        List<String> words = own.getOrDefault(key, List.of());
        if (!words.isEmpty()) {
            return words.get(0);
        }
        List<String> fallback = english.getOrDefault(key, List.of());
        if (fallback.isEmpty()) {
            throw new IllegalStateException("the English language file has no word for '" + key + "'");
        }
        return fallback.get(0);
    }

    private static String first(List<String> own, List<String> english) {
        return !own.isEmpty() ? own.get(0) : english.get(0);
    }
}
