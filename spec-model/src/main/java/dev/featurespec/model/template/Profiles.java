package dev.featurespec.model.template;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.internal.TemplateData;
import java.util.List;

/**
 * The built-in template profiles, {@code speckit} and {@code extended}, read once from the data files
 * beside this class.
 *
 * <pre>{@code
 * Profile profile = Profiles.forSpec(spec);   // extended when the spec has any of the four sections
 * }</pre>
 */
public final class Profiles {
    private static final List<String> BUILT_IN = List.of(Profile.SPECKIT, Profile.EXTENDED);

    private Profiles() {}

    private static final class Holder {
        static final Profile SPECKIT = TemplateData.builtInProfile(Profile.SPECKIT);
        static final Profile EXTENDED = TemplateData.builtInProfile(Profile.EXTENDED);
    }

    /** The names of the built-in profiles. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /**
     * The built-in profile {@code name}.
     *
     * @throws IllegalArgumentException when there is no such built-in profile
     * @throws NullPointerException when {@code name} is null
     */
    public static Profile builtIn(String name) {
        return switch (name) {
            case Profile.SPECKIT -> Holder.SPECKIT;
            case Profile.EXTENDED -> Holder.EXTENDED;
            default ->
                throw new IllegalArgumentException(
                        "unknown profile '" + name + "' (built in: " + String.join(", ", BUILT_IN) + ")");
        };
    }

    /**
     * The built-in profile a spec is read and written with when none is named: {@code extended} when it
     * has any of the four extended sections, else {@code speckit}.
     */
    public static Profile forSpec(FeatureSpec spec) {
        return spec.hasExtendedSections() ? Holder.EXTENDED : Holder.SPECKIT;
    }
}
