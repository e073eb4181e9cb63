package dev.featurespec.model.template;

import dev.featurespec.model.template.internal.TemplateData;
import java.util.List;
import java.util.Optional;

/**
 * The built-in languages, read once from the properties files beside this class ({@code
 * languages/<code>.properties}, listed in {@code languages/index.properties}). Adding a language means
 * adding its file and its code in the index.
 *
 * <pre>{@code
 * Language ja = Languages.forCode("ja").orElseThrow();
 * }</pre>
 */
public final class Languages {
    private Languages() {}

    private static final class Holder {
        static final List<Language> ALL = TemplateData.builtInLanguages();
    }

    /** Every built-in language, English first. */
    public static List<Language> builtIn() {
        return Holder.ALL;
    }

    /** English, the default language, whose words are the canonical ones. */
    public static Language english() {
        return Holder.ALL.get(0);
    }

    /** The built-in language with BCP 47 tag {@code code} (ignoring case), if any. */
    public static Optional<Language> forCode(String code) {
        for (Language l : Holder.ALL) {
            if (l.code().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
