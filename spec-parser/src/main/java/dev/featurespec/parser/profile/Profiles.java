package dev.featurespec.parser.profile;

import dev.featurespec.parser.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads template profiles: the built-in {@code speckit} and {@code extended}, or a user's YAML file.
 *
 * <pre>{@code
 * Profile mine = Profiles.load(Path.of("team-profile.yaml"));
 * }</pre>
 */
public final class Profiles {
    private static final List<String> BUILT_IN = List.of(Profile.SPECKIT, Profile.EXTENDED);
    private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

    private Profiles() {}

    /** The names of the built-in profiles. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /**
     * The built-in profile {@code name}.
     *
     * @throws IllegalArgumentException when there is no such built-in profile
     */
    public static Profile builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown profile '" + name + "' (built in: " + String.join(", ", BUILT_IN) + ")");
        }
        return CACHE.computeIfAbsent(name, n -> {
            String resource = "profiles/" + n + ".yaml";
            InputStream in = Profiles.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("built-in profile resource missing: " + resource);
            }
            return DataFiles.read(in, Profile.class, "profile " + n);
        });
    }

    /**
     * A built-in profile by name, or else a profile file at that path.
     *
     * @throws IllegalArgumentException when it is neither, or the file is not a valid profile
     * @throws IOException when the file cannot be read
     */
    public static Profile resolve(String nameOrPath) throws IOException {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("unknown profile '" + nameOrPath + "': not a built-in profile ("
                    + String.join(", ", BUILT_IN) + ") and not a file");
        }
        return load(path);
    }

    /**
     * Reads a profile from a YAML file in the format of the built-in ones.
     *
     * @throws IllegalArgumentException when the file is not a valid profile, naming the line
     * @throws IOException when the file cannot be read
     */
    public static Profile load(Path path) throws IOException {
        return DataFiles.read(Files.newInputStream(path), Profile.class, path.toString());
    }
}
