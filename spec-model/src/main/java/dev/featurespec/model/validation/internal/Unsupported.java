package dev.featurespec.model.validation.internal;

/** The exception for what the direct engine does not do, since featurespec's own constraints never need it. */
final class Unsupported {
    private Unsupported() {}

    static UnsupportedOperationException feature(String what) {
        return new UnsupportedOperationException("SpecValidator.direct() checks featurespec's own constraints only and"
                + " does not support " + what + "; use SpecValidator.create() or SpecValidator.using(validator)");
    }
}
