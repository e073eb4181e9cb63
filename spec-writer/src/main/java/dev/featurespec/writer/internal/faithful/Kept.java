package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.layout.KeptText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a section written again onto its original keeps of the base as it stands: its author's heading
 * lines, and the stories the edit left as they were (see {@link Sections}).
 */
final class Kept {
    /** A marker after a heading's words: {@code *(mandatory)*}, {@code (optional)}. */
    private static final Pattern MANDATORY = Pattern.compile("\\*?[(（][^)）]*[)）]\\*?");

    private final Source source;
    private final FeatureSpec old;
    private final FeatureSpec edited;
    private final Headings headings;

    Kept(Source source, FeatureSpec old, FeatureSpec edited, Headings headings) {
        this.source = source;
        this.old = old;
        this.edited = edited;
        this.headings = headings;
    }

    /**
     * What {@code unit} keeps of the base as it stands: the author's headings (see {@link #heading}), and each
     * story the edit left as it was, in its own lines inside the unit's (its words, markers and blank lines
     * with it, where the template would write the language's words and its own form).
     */
    KeptText of(Sections.Unit unit) {
        Map<UserStory, String> stories = new HashMap<>();
        Set<UserStory> twice = new HashSet<>();
        if (!unit.inserted() && unit.holds(TemplateSection.USER_SCENARIOS)) {
            for (int i = 0; i < old.userStories().size(); i++) {
                String key = "/userStories/" + i;
                if (source.extent(key).isPresent()
                        && source.first(key) >= unit.from()
                        && source.last(key) < unit.to()) {
                    List<String> lines = new ArrayList<>(source.linesOf(key));
                    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                        lines.remove(lines.size() - 1);
                    }
                    UserStory story = old.userStories().get(i);
                    if (stories.putIfAbsent(story, String.join("\n", lines)) != null) {
                        twice.add(story);
                    }
                }
            }
        }
        // a story given twice alike is rendered: one's lines would stand for both
        stories.keySet().removeAll(twice);
        return new KeptText() {
            @Override
            public Optional<String> heading(TemplateSection section) {
                return Kept.this.heading(unit, section);
            }

            @Override
            public Optional<String> story(UserStory story) {
                return Optional.ofNullable(stories.get(story));
            }
        };
    }

    /**
     * The author's heading of {@code s} to keep as it stands when {@code unit} writes {@code s} again (see
     * {@link Headings#kept}); none, so the template's is written, for a heading in words no built-in
     * language gives while the unit writes another section under the template's heading: that heading, in
     * known words, names its sections, and the author's would no longer read as {@code s}.
     */
    Optional<String> heading(Sections.Unit unit, TemplateSection s) {
        if (unknownWords(s)) {
            for (TemplateSection t : TemplateSection.values()) {
                if (unit.holds(t)
                        && t.presentIn(edited)
                        && headings.kept(unit, t).isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        return headings.kept(unit, s);
    }

    /**
     * True when the base's heading of {@code s} is in words no built-in language gives for it: the reader
     * took it for {@code s} by what it holds, which a known heading naming {@code s} elsewhere prevents.
     */
    boolean unknownWords(TemplateSection s) {
        for (Presentation.Heading h : old.presentation().headings()) {
            if (h.section() == s && !h.headless()) {
                String text = MANDATORY.matcher(h.text()).replaceAll("").strip().toLowerCase(Locale.ROOT);
                for (Language l : Languages.builtIn()) {
                    for (String word : l.words(s.heading())) {
                        if (text.contains(word.toLowerCase(Locale.ROOT))) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }
}
