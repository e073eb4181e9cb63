package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an API change keeps existing clients working. */
public enum Compatibility {
    /** Existing clients keep working. */
    @JsonProperty("BACKWARD_COMPATIBLE")
    BACKWARD_COMPATIBLE,
    /** Existing clients must change. */
    @JsonProperty("BREAKING")
    BREAKING
}
