package dev.featurespec.cli.internal;

import tools.jackson.databind.JsonNode;

/** Lets tests outside this package use {@link SarifAssert}. */
public final class SarifAccess {
    private SarifAccess() {}

    /** {@link SarifAssert#assertValidSarif(JsonNode)}. */
    public static void assertValidSarif(JsonNode root) {
        SarifAssert.assertValidSarif(root);
    }
}
