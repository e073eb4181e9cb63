package dev.featurespec.parser.profile;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.ProfileSection;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.internal.TemplateData;
import dev.featurespec.parser.internal.DataFiles;
import dev.featurespec.parser.internal.DataFiles.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a user's own template profile or language from a YAML file (at most 1 MiB). Unknown keys, wrong
 * types and unknown section or marker names are errors naming the file, the key and its line.
 *
 * <pre>{@code
 * Profile mine = TemplateFiles.loadProfile(Path.of("team-profile.yaml"));
 * Language nl = TemplateFiles.loadLanguage(Path.of("nl.yaml"));
 * MarkdownSpecParser parser = MarkdownSpecParser.builder()
 *         .profile(mine)
 *         .languages(List.of(nl))
 *         .build();
 * }</pre>
 */
public final class TemplateFiles {
    private static final Set<String> LANGUAGE_GROUPS =
            Set.of("markers", "headings", "story", "labels", "metadata", "keywords", "clarifications", "ids", "modal");

    private TemplateFiles() {}

    /**
     * A built-in profile by name ({@code speckit}, {@code extended}), or else the profile file at that
     * path.
     *
     * @throws IllegalArgumentException when it is neither, or the file is not a valid profile
     * @throws IOException when the file cannot be read
     */
    public static Profile resolveProfile(String nameOrPath) throws IOException {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (Profiles.builtInNames().contains(nameOrPath)) {
            return Profiles.builtIn(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("unknown profile '" + nameOrPath + "': not a built-in profile ("
                    + String.join(", ", Profiles.builtInNames()) + ") and not a file");
        }
        return loadProfile(path);
    }

    /**
     * Reads a profile from a YAML file: {@code name}, {@code description}, {@code sections} (each with
     * {@code key}, {@code level}, {@code parent}, {@code mandatory}, {@code marker}) and {@code headings}.
     *
     * @throws IllegalArgumentException when the file is not a valid profile, naming the line
     * @throws IOException when the file cannot be read
     */
    public static Profile loadProfile(Path path) throws IOException {
        String what = path.toString();
        Map<String, Node> top = map(DataFiles.read(Files.newInputStream(path), what), what, "the file");
        known(top, Set.of("name", "description", "sections", "headings"), what, "");
        String name = string(top.get("name"), what, "name");
        if (name == null) {
            throw new IllegalArgumentException(what + ": the profile has no name");
        }
        List<ProfileSection> sections = new ArrayList<>();
        for (Node n : list(top.get("sections"), what, "sections")) {
            Map<String, Node> s = map(n, what, "a section");
            known(s, Set.of("key", "level", "parent", "mandatory", "marker"), what, "section ");
            TemplateSection section = section(s.get("key"), what);
            Node level = s.get("level");
            int lvl = level == null ? section.level() : integer(level, what, "level");
            if (lvl < 1 || lvl > 6) {
                throw new IllegalArgumentException(what + ": the level of section " + section.key()
                        + " must be 1 to 6, was " + lvl + " " + level.where());
            }
            Optional<TemplateSection> parent =
                    s.get("parent") == null || s.get("parent").value() == null
                            ? Optional.empty()
                            : Optional.of(section(s.get("parent"), what));
            boolean mandatory = bool(s.get("mandatory"), what);
            Optional<Marker> marker = Optional.empty();
            String m = string(s.get("marker"), what, "marker");
            if (m != null) {
                marker = Optional.of(Marker.forKey(m)
                        .orElseThrow(() -> new IllegalArgumentException(what + ": unknown marker '" + m + "' "
                                + s.get("marker").where())));
            }
            sections.add(new ProfileSection(section, lvl, parent, mandatory, marker));
        }
        Map<TemplateSection, List<String>> headings = new EnumMap<>(TemplateSection.class);
        Node h = top.get("headings");
        if (h != null && h.value() != null) {
            map(h, what, "headings").forEach((key, words) -> {
                TemplateSection section = TemplateSection.forKey(key)
                        .orElseThrow(() -> new IllegalArgumentException(
                                what + ": unknown section '" + key + "' in headings " + words.where()));
                headings.put(section, strings(words, what, "headings." + key));
            });
        }
        return new Profile(name, string(top.get("description"), what, "description"), sections, headings);
    }

    /**
     * Reads a language from a YAML file: {@code code}, {@code name}, {@code title}, and the groups of
     * term keys ({@code headings: {requirements: [Eisen]}}); see {@link dev.featurespec.model.template.Term}.
     *
     * @throws IllegalArgumentException when the file is not a valid language file, naming the line
     * @throws IOException when the file cannot be read
     */
    public static Language loadLanguage(Path path) throws IOException {
        String what = path.toString();
        Map<String, Node> top = map(DataFiles.read(Files.newInputStream(path), what), what, "the file");
        Map<String, List<String>> entries = new LinkedHashMap<>();
        String code = null;
        String name = null;
        for (Map.Entry<String, Node> e : top.entrySet()) {
            String key = e.getKey();
            Node value = e.getValue();
            switch (key) {
                case "code" -> code = string(value, what, key);
                case "name" -> name = string(value, what, key);
                case "title" -> entries.put(key, strings(value, what, key));
                default -> {
                    if (!LANGUAGE_GROUPS.contains(key)) {
                        throw new IllegalArgumentException(what + ": unknown property '" + key + "' " + value.where());
                    }
                    if (value.value() != null) {
                        map(value, what, key)
                                .forEach((k, words) -> entries.put(key + "." + k, strings(words, what, key + "." + k)));
                    }
                }
            }
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(what + ": the language has no code");
        }
        return TemplateData.language(code, name, entries, what);
    }

    private static void known(Map<String, Node> map, Set<String> keys, String what, String of) {
        map.forEach((k, v) -> {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException(what + ": unknown " + of + "key '" + k + "' (line " + v.line()
                        + ", column " + v.column() + "; known keys: " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        });
    }

    private static TemplateSection section(Node n, String what) {
        String key = string(n, what, "key");
        if (key == null) {
            throw new IllegalArgumentException(what + ": a section has no key");
        }
        return TemplateSection.forKey(key)
                .orElseThrow(() -> new IllegalArgumentException(what + ": unknown section '" + key + "' " + n.where()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Node> map(Node n, String what, String name) {
        if (n.value() instanceof Map<?, ?> m) {
            return (Map<String, Node>) m;
        }
        throw new IllegalArgumentException(what + ": " + name + " must be a mapping " + n.where());
    }

    @SuppressWarnings("unchecked")
    private static List<Node> list(Node n, String what, String name) {
        if (n == null || n.value() == null) {
            return List.of();
        }
        if (n.value() instanceof List<?> l) {
            return (List<Node>) l;
        }
        throw new IllegalArgumentException(what + ": " + name + " must be a list " + n.where());
    }

    private static String string(Node n, String what, String name) {
        if (n == null || n.value() == null) {
            return null;
        }
        if (n.value() instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(what + ": " + name + " must be text " + n.where());
    }

    private static List<String> strings(Node n, String what, String name) {
        List<String> out = new ArrayList<>();
        for (Node item : list(n, what, name)) {
            String s = string(item, what, name);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static int integer(Node n, String what, String name) {
        String s = string(n, what, name);
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": " + name + " must be a whole number " + n.where(), e);
        }
    }

    private static boolean bool(Node n, String what) {
        String s = string(n, what, "mandatory");
        if (s == null) {
            return false;
        }
        return switch (s.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(what + ": mandatory must be true or false " + n.where());
        };
    }
}
