package dev.featurespec.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group for a spec that is ready for {@code /speckit.plan}: everything {@link Default}
 * checks, plus no unfilled placeholders, no open {@code [NEEDS CLARIFICATION]} markers, and every
 * mandatory section filled.
 */
public interface ReadyForPlanning extends Default {}
