package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.required;

/**
 * An open question of a spec: a {@code [NEEDS CLARIFICATION: …]} marker, the text holding it and where
 * in that text it stands. {@link FeatureSpec#openClarifications()} lists them; rules FS109 and FS110
 * count the same markers.
 *
 * <pre>{@code
 * for (OpenClarification open : spec.openClarifications()) {
 *     open.pointer();   // "/functionalRequirements/5/text"
 *     open.question();  // "auth method not specified"
 *     open.marker();    // "[NEEDS CLARIFICATION: auth method not specified]"
 *     open.replace("SSO (OIDC)");  // the text with the marker replaced by the answer
 * }
 * }</pre>
 *
 * @param pointer the JSON pointer of the text holding the marker, e.g. {@code
 *     /functionalRequirements/5/text} or {@code /extraSections/2/markdown}
 * @param text that text, as the model holds it
 * @param start the offset of the marker's {@code [} in {@code text}
 * @param end the offset just after the marker's {@code ]}
 * @param question the text after the colon, stripped; empty for a bare {@code [NEEDS CLARIFICATION]}
 */
public record OpenClarification(String pointer, String text, int start, int end, String question) {
    public OpenClarification {
        required(pointer, "OpenClarification.pointer");
        required(text, "OpenClarification.text");
        required(question, "OpenClarification.question");
        if (start < 0 || end <= start || end > text.length()) {
            throw new IllegalArgumentException("OpenClarification range [" + start + ", " + end
                    + ") is not inside a text of length " + text.length());
        }
    }

    /** The marker as written, {@code text.substring(start, end)}. */
    public String marker() {
        return text.substring(start, end);
    }

    /** {@link #text()} with the marker replaced by {@code replacement}, e.g. the answer. */
    public String replace(String replacement) {
        required(replacement, "replacement");
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
