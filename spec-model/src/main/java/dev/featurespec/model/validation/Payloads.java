package dev.featurespec.model.validation;

import jakarta.validation.Payload;

/**
 * Severity payloads for featurespec's constraints. A constraint declared without one reports an error;
 * {@link Warning} and {@link Info} lower it. {@link SpecValidator} reads the payload into {@link
 * dev.featurespec.model.diagnostic.Diagnostic#severity()}.
 *
 * <pre>{@code
 * Optional<@CanonicalRequirementId(payload = Payloads.Warning.class) String> id
 * }</pre>
 */
public final class Payloads {
    private Payloads() {}

    /** The violation is a warning: it fails validation only in strict mode. */
    public interface Warning extends Payload {}

    /** The violation is information only. */
    public interface Info extends Payload {}
}
