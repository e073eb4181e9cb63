package dev.featurespec.diff.internal;

import dev.featurespec.diff.ChangeKind;
import dev.featurespec.diff.FieldChange;
import dev.featurespec.diff.Significance;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Compatibility;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.RequirementLevel;
import dev.featurespec.model.Statement;
import dev.featurespec.model.UserStory;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a change means ({@link Significance}), by the rules documented on the enum and in {@code
 * docs/diff.md}. The API-contract facts (breaking statements, endpoints) are the model's own ({@link
 * ApiContractSection#changes()}, {@link ApiContractSection#endpoints()}), and levels are {@link
 * RequirementLevel}'s, so the diff reads a spec as the validator does. Not API.
 */
final class Meanings {
    private final FeatureSpec after;
    private Set<String> afterEndpoints;

    Meanings(FeatureSpec after) {
        this.after = after;
    }

    /** The significance of a change to a list element; {@code before} or {@code after} is null for an addition or removal. */
    <T> Set<Significance> of(
            Kind<T> kind, ChangeKind change, T before, T after, List<FieldChange> fields, String pointer) {
        Set<Significance> s = EnumSet.noneOf(Significance.class);
        switch (kind.type) {
            case FUNCTIONAL_REQUIREMENT -> levels(change, (Requirement) before, (Requirement) after, s);
            case USER_STORY -> priorities(change, (UserStory) before, (UserStory) after, s);
            case STATEMENT -> {
                if (pointer.startsWith("/apiContract/")) {
                    api(change, (Statement) before, (Statement) after, s);
                }
            }
            case CLARIFICATION, CLARIFICATION_SESSION -> {
                if (change == ChangeKind.ADDED) {
                    s.add(Significance.CLARIFIED);
                }
            }
            default -> {}
        }
        int markersBefore = before == null ? 0 : kind.markers(before);
        int markersAfter = after == null ? 0 : kind.markers(after);
        return generic(change, markersBefore, markersAfter, fields, s);
    }

    /** An extended section that appeared or disappeared as a whole. */
    Set<Significance> section(ChangeKind change, Object section) {
        Set<Significance> s = EnumSet.noneOf(Significance.class);
        if (section instanceof ApiContractSection api) {
            if (change == ChangeKind.ADDED && breaking(api)) {
                s.add(Significance.BREAKING);
            } else if (change == ChangeKind.REMOVED && !api.endpoints().isEmpty()) {
                s.add(Significance.BREAKING);
            }
        }
        return s;
    }

    /**
     * Adds what holds for every element: markers resolved ({@link Significance#CLARIFIED}) or added
     * ({@link Significance#UNCLEAR}), and {@link Significance#EDITORIAL} for a change of case or spacing
     * only that means nothing else.
     */
    Set<Significance> generic(
            ChangeKind change,
            int markersBefore,
            int markersAfter,
            List<FieldChange> fields,
            Set<Significance> specific) {
        Set<Significance> s = specific.isEmpty() ? EnumSet.noneOf(Significance.class) : EnumSet.copyOf(specific);
        if (change != ChangeKind.REMOVED) {
            if (markersAfter > markersBefore) {
                s.add(Significance.UNCLEAR);
            } else if (markersAfter < markersBefore) {
                s.add(Significance.CLARIFIED);
            }
        }
        if (change == ChangeKind.CHANGED && s.isEmpty() && !fields.isEmpty()) {
            boolean editorial = true;
            for (FieldChange f : fields) {
                if (!Texts.editorial(f.oldValue().orElse(null), f.newValue().orElse(null))) {
                    editorial = false;
                    break;
                }
            }
            if (editorial) {
                s.add(Significance.EDITORIAL);
            }
        }
        return s;
    }

    // ---- requirements

    private static void levels(ChangeKind change, Requirement before, Requirement after, Set<Significance> s) {
        Optional<RequirementLevel> old = before == null ? Optional.empty() : before.level();
        Optional<RequirementLevel> now = after == null ? Optional.empty() : after.level();
        switch (change) {
            case ADDED -> {
                if (strength(now) == 3) {
                    s.add(Significance.STRICTER);
                }
            }
            case REMOVED -> {
                if (strength(old) == 3) {
                    s.add(Significance.LOOSER);
                }
            }
            default -> {
                if (old.isPresent() && now.isPresent() && negative(old.get()) != negative(now.get())) {
                    s.add(Significance.BREAKING);
                } else if (strength(now) > strength(old)) {
                    s.add(Significance.STRICTER);
                } else if (strength(now) < strength(old)) {
                    s.add(Significance.LOOSER);
                }
            }
        }
    }

    /** 3 for MUST, SHALL, REQUIRED and their negations; 2 for SHOULD and RECOMMENDED; 1 for MAY and OPTIONAL; 0 for none. */
    static int strength(Optional<RequirementLevel> level) {
        if (level.isEmpty()) {
            return 0;
        }
        return switch (level.get()) {
            case MUST, MUST_NOT, SHALL, SHALL_NOT, REQUIRED -> 3;
            case SHOULD, SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED -> 2;
            case MAY, OPTIONAL -> 1;
        };
    }

    private static boolean negative(RequirementLevel level) {
        return switch (level) {
            case MUST_NOT, SHALL_NOT, SHOULD_NOT, NOT_RECOMMENDED -> true;
            default -> false;
        };
    }

    // ---- stories

    private static void priorities(ChangeKind change, UserStory before, UserStory after, Set<Significance> s) {
        if (change == ChangeKind.REMOVED) {
            if (before.priority().map(p -> p.rank() <= Priority.P1.rank()).orElse(false)) {
                s.add(Significance.BREAKING);
            }
            return;
        }
        if (change == ChangeKind.ADDED) {
            return;
        }
        int old = rank(before.priority());
        int now = rank(after.priority());
        if (now < old) {
            s.add(Significance.PROMOTED);
        } else if (now > old) {
            s.add(Significance.DEMOTED);
        }
    }

    /** A priority's rank; no priority ranks below every priority. */
    private static int rank(Optional<Priority> p) {
        return p.map(Priority::rank).orElse(Integer.MAX_VALUE);
    }

    // ---- the API contract

    private void api(ChangeKind change, Statement before, Statement after, Set<Significance> s) {
        switch (change) {
            case ADDED -> {
                if (breaking(new ApiContractSection(List.of(after)))) {
                    s.add(Significance.BREAKING);
                }
            }
            case REMOVED -> {
                if (lostEndpoint(new ApiContractSection(List.of(before)))) {
                    s.add(Significance.BREAKING);
                }
            }
            default -> {
                ApiContractSection old = new ApiContractSection(List.of(Statement.of(before.text())));
                ApiContractSection now = new ApiContractSection(List.of(Statement.of(after.text())));
                if ((breaking(now) && !breaking(old)) || lostEndpoint(old)) {
                    s.add(Significance.BREAKING);
                }
            }
        }
    }

    /** True when a statement of {@code section} says the change it describes is breaking. */
    private static boolean breaking(ApiContractSection section) {
        return section.changes().stream().anyMatch(c -> c.compatibility() == Compatibility.BREAKING);
    }

    /** True when {@code section} names an endpoint the new spec's API contract no longer names. */
    private boolean lostEndpoint(ApiContractSection section) {
        List<String> endpoints = section.endpoints();
        if (endpoints.isEmpty()) {
            return false;
        }
        if (afterEndpoints == null) {
            afterEndpoints = new HashSet<>(
                    after.apiContract().map(ApiContractSection::endpoints).orElse(List.of()));
        }
        return !afterEndpoints.containsAll(endpoints);
    }
}
