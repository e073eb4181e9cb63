package dev.featurespec.parser.profile;

import dev.featurespec.parser.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in languages, read once from {@code languages/<code>.yaml} resources listed in {@code
 * languages/index.yaml}. Adding a language means adding its file and its line in the index.
 *
 * <pre>{@code
 * Language ja = Languages.forCode("ja").orElseThrow();
 * ja.headings("requirements");   // [要件, …]
 * }</pre>
 */
public final class Languages {
    /** The index of built-in language files. */
    record Index(List<String> languages) {}

    private Languages() {}

    private static final class Holder {
        static final List<Language> ALL = loadAll();
    }

    /** Every built-in language, English first. */
    public static List<Language> builtIn() {
        return Holder.ALL;
    }

    /** English, the default language. */
    public static Language english() {
        return Holder.ALL.get(0);
    }

    /** The built-in language with BCP 47 tag {@code code}, if any. */
    public static Optional<Language> forCode(String code) {
        return Holder.ALL.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * Reads a language from a YAML file in the format of the built-in ones.
     *
     * @throws IllegalArgumentException when the file is not a valid language file, naming the line
     * @throws IOException when the file cannot be read
     */
    public static Language load(Path path) throws IOException {
        return DataFiles.read(Files.newInputStream(path), Language.class, path.toString());
    }

    private static List<Language> loadAll() {
        Index index = DataFiles.read(resource("languages/index.yaml"), Index.class, "languages/index.yaml");
        List<Language> out = new ArrayList<>();
        for (String code : index.languages()) {
            out.add(DataFiles.read(resource("languages/" + code + ".yaml"), Language.class, "language " + code));
        }
        if (out.isEmpty() || !out.get(0).code().equals("en")) {
            throw new IllegalStateException("languages/index.yaml must list en first");
        }
        return List.copyOf(out);
    }

    private static InputStream resource(String name) {
        InputStream in = Languages.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("built-in resource missing: " + name);
        }
        return in;
    }
}
