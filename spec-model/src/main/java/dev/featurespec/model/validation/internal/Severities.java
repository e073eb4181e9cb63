package dev.featurespec.model.validation.internal;

import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.validation.Payloads;
import jakarta.validation.Payload;
import java.util.Set;

/** The severity a constraint's payload names. Not API. */
public final class Severities {
    private Severities() {}

    /** {@link Severity#INFO} or {@link Severity#WARNING} as {@code payload} names; {@link Severity#ERROR} when it names neither. */
    public static Severity of(Set<Class<? extends Payload>> payload) {
        if (payload.contains(Payloads.Info.class)) {
            return Severity.INFO;
        }
        if (payload.contains(Payloads.Warning.class)) {
            return Severity.WARNING;
        }
        return Severity.ERROR;
    }
}
