package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.Presentation;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records how the author wrote what the model does not say ({@link Presentation}): each section heading
 * as written, in order, and the words used for the title prefix, metadata names, story labels, the
 * session word and table headers. {@link #build} keeps only what differs from the canonical form, so a
 * canonical document has the empty presentation. One instance per parse; not thread-safe. Not API.
 */
final class PresentationReader {
    private final List<Presentation.Heading> headings = new ArrayList<>();
    /** Per term, each word the author used for it, in order of first use, with how often. */
    private final Map<Term, Map<String, Integer>> words = new EnumMap<>(Term.class);

    /** Records the heading of {@code section}: its level and its inline source as written. */
    void heading(TemplateSection section, int level, String text) {
        headings.add(new Presentation.Heading(section, level, text));
    }

    /**
     * Records that content of {@code section} stands here without the section's heading, unless the last
     * record is already {@code section}'s.
     */
    void headless(TemplateSection section) {
        if (headings.isEmpty() || headings.get(headings.size() - 1).section() != section) {
            headings.add(Presentation.Heading.headless(section));
        }
    }

    /**
     * Records one use of {@code word} for {@code term}. Where the author wrote several words for one term
     * (a story's {@code Why this priority}, the next one's {@code Why this matters}), the most used one
     * is kept, on a tie the first used: the writer writes one word per term.
     */
    void word(Term term, String word) {
        String w = word.strip();
        if (!w.isEmpty()) {
            words.computeIfAbsent(term, t -> new LinkedHashMap<>()).merge(w, 1, Integer::sum);
        }
    }

    /** The word used most for {@code term}, the first used on a tie; null when none was recorded. */
    private String mostUsed(Term term) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : words.getOrDefault(term, Map.of()).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * What to keep for a spec in {@code language} (a BCP 47 tag, or null for English) written with
     * {@code profile}'s levels and markers: the headings unless they are the canonical ones in template
     * order, and each word the language's canonical one is not (the canonical writer's own choices
     * among synonyms are {@code fixed}).
     */
    Presentation build(String language, Profile profile, Map<Term, String> fixed) {
        Language lang = language == null
                ? Languages.english()
                : Languages.forCode(language).orElseGet(Languages::english);
        Map<Term, String> kept = new EnumMap<>(Term.class);
        words.keySet().forEach(term -> {
            String word = mostUsed(term);
            String canonical = fixed.getOrDefault(term, lang.canonical(term));
            if (!word.equals(canonical)) {
                kept.put(term, word);
            }
        });
        return Presentation.of(canonical(lang, profile) ? List.<Presentation.Heading>of() : headings, kept);
    }

    /** True when the headings are the template's: in its order, at its levels, in its words. */
    private boolean canonical(Language language, Profile profile) {
        int last = -1;
        for (Presentation.Heading h : headings) {
            TemplateSection s = h.section();
            if (s.ordinal() <= last
                    || h.headless()
                    || h.level() != profile.level(s)
                    || !h.text().equals(profile.canonicalHeading(s, language))) {
                return false;
            }
            last = s.ordinal();
        }
        return true;
    }
}
