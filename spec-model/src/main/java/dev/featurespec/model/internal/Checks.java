package dev.featurespec.model.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Null checks and defensive copies shared by the model records. Not API. */
public final class Checks {
    private Checks() {}

    /** Returns {@code value}, or throws a {@link NullPointerException} naming {@code field}. */
    public static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** An immutable copy of {@code list}; {@code null} becomes the empty list, null elements are refused. */
    public static <T> List<T> list(List<T> list, String field) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(field + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * Checks the heading level of a section of the feature folder's documents: 1 to 6 when it has a heading
     * ({@code headed}), 0 when it has none; else an {@link IllegalArgumentException} naming {@code field}.
     */
    public static void headingLevel(boolean headed, int level, String field) {
        if (headed && (level < 1 || level > 6)) {
            throw new IllegalArgumentException(field + " must be 1 to 6 for a heading, was " + level);
        }
        if (!headed && level != 0) {
            throw new IllegalArgumentException(field + " must be 0 without a heading, was " + level);
        }
    }

    /** {@code null} becomes {@link Optional#empty()}. */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** An immutable copy of {@code map} that keeps its iteration order; null keys and values are refused. */
    public static Map<String, String> orderedMap(Map<String, String> map, String field) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        var copy = new LinkedHashMap<String, String>();
        map.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new NullPointerException(field + " must not contain null keys or values");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
