package dev.featurespec.model.template;

import java.util.Optional;

/** A {@code *(…)*} marker the template writes after a section heading. */
public enum Marker {
    /** {@code *(mandatory)*}. */
    MANDATORY("mandatory", Term.MARKER_MANDATORY),
    /** {@code *(optional)*}. */
    OPTIONAL("optional", Term.MARKER_OPTIONAL),
    /** {@code *(include if feature involves data)*}, after Key Entities. */
    INCLUDE_IF_DATA("includeIfData", Term.MARKER_INCLUDE_IF_DATA);

    private final String key;
    private final Term term;

    Marker(String key, Term term) {
        this.key = key;
        this.term = term;
    }

    /** The marker's key in profile files, e.g. {@code includeIfData}. */
    public String key() {
        return key;
    }

    /** The term of the marker's words. */
    public Term term() {
        return term;
    }

    /** The marker with key {@code key}, if any. */
    public static Optional<Marker> forKey(String key) {
        for (Marker m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
