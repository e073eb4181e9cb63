package dev.featurespec.model.template.internal;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.ProfileSection;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the built-in template data: one Java properties file (UTF-8) per language and per profile, each
 * key holding a list of words separated by {@code |}. Not API.
 */
public final class TemplateData {
    private static final String LANGUAGES = "/dev/featurespec/model/template/languages/";
    private static final String PROFILES = "/dev/featurespec/model/template/profiles/";

    private TemplateData() {}

    /** The built-in languages in the order of {@code languages/index.properties}, English first. */
    public static List<Language> builtInLanguages() {
        Map<String, String> index = read(LANGUAGES + "index.properties");
        List<Language> out = new ArrayList<>();
        for (String code : split(index.get("languages"))) {
            Map<String, String> file = new LinkedHashMap<>(read(LANGUAGES + code + ".properties"));
            String declared = file.remove("code");
            if (!code.equals(declared)) {
                throw new IllegalStateException("language file " + code + ".properties declares code " + declared);
            }
            String name = file.remove("name");
            Map<String, List<String>> entries = new LinkedHashMap<>();
            file.forEach((k, v) -> entries.put(k, split(v)));
            out.add(language(code, name, entries, "built-in language " + code));
        }
        if (out.isEmpty() || !out.get(0).code().equals("en")) {
            throw new IllegalStateException("languages/index.properties must list en first");
        }
        return List.copyOf(out);
    }

    /**
     * A language from its entries, each a {@link Term#key() term key} and its words.
     *
     * @throws IllegalArgumentException naming {@code what} and the key when a key is no term's
     */
    public static Language language(String code, String name, Map<String, List<String>> entries, String what) {
        Map<Term, List<String>> words = new EnumMap<>(Term.class);
        entries.forEach((key, list) -> {
            Term term = Term.forKey(key)
                    .orElseThrow(() -> new IllegalArgumentException(what + ": unknown key '" + key + "'"));
            words.put(term, list);
        });
        return new Language(code, name, words);
    }

    /** The built-in profile {@code name}. */
    public static Profile builtInProfile(String name) {
        Map<String, String> file = read(PROFILES + name + ".properties");
        Set<String> mandatory = Set.copyOf(split(file.getOrDefault("mandatory", "")));
        List<ProfileSection> sections = new ArrayList<>();
        for (String key : split(file.get("sections"))) {
            TemplateSection section = section(key, name);
            Marker marker = null;
            String m = file.get("markers." + key);
            if (m != null) {
                marker = Marker.forKey(m.strip())
                        .orElseThrow(() -> new IllegalStateException("profile " + name + ": unknown marker " + m));
            }
            sections.add(ProfileSection.of(section, mandatory.contains(key), marker));
        }
        Map<TemplateSection, List<String>> headings = new EnumMap<>(TemplateSection.class);
        file.forEach((k, v) -> {
            if (k.startsWith("headings.")) {
                headings.put(section(k.substring("headings.".length()), name), split(v));
            }
        });
        return new Profile(file.get("name"), file.get("description"), sections, headings);
    }

    private static TemplateSection section(String key, String profile) {
        return TemplateSection.forKey(key)
                .orElseThrow(() -> new IllegalStateException("profile " + profile + ": unknown section " + key));
    }

    /** {@code value}'s words: split at {@code |}, each stripped, empty ones dropped. */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split("\\|", -1)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static Map<String, String> read(String resource) {
        InputStream in = TemplateData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("built-in resource missing: " + resource);
        }
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource " + resource, e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }
}
