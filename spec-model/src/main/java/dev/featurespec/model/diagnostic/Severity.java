package dev.featurespec.model.diagnostic;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** How serious a diagnostic is. Errors fail validation; warnings fail it only in strict mode. */
public enum Severity {
    @JsonProperty("error")
    ERROR,
    @JsonProperty("warning")
    WARNING,
    @JsonProperty("info")
    INFO;

    /** The lower-case name used in text output, JSON and configuration: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a label, case-insensitively.
     *
     * @throws IllegalArgumentException when {@code label} names no severity
     */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
    }
}
