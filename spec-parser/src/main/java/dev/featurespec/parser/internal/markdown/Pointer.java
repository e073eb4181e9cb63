package dev.featurespec.parser.internal.markdown;

/**
 * Builds the RFC 6901 JSON pointers that key the source map and place diagnostics, from segments:
 * property names, escaped ({@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}), and list
 * indexes. The one place a pointer is spelled; no reader concatenates pointer strings. One method per
 * shape of pointer the readers build, so that no segment array or boxed index is made per element. Not
 * API.
 *
 * <pre>{@code
 * Pointer.of("userStories", 0, "acceptanceScenarios", 2);    // "/userStories/0/acceptanceScenarios/2"
 * Pointer.of("metadata", "other", "Owner/Team");              // "/metadata/other/Owner~1Team"
 * Pointer.append("/apiContract/statements/0", "children", 1); // "/apiContract/statements/0/children/1"
 * }</pre>
 */
final class Pointer {
    private Pointer() {}

    /** {@code /name}. */
    static String of(String name) {
        return "/" + escape(name);
    }

    /** {@code /name/property}. */
    static String of(String name, String property) {
        return "/" + escape(name) + "/" + escape(property);
    }

    /** {@code /name/property/key}. */
    static String of(String name, String property, String key) {
        return "/" + escape(name) + "/" + escape(property) + "/" + escape(key);
    }

    /** {@code /name/index}. */
    static String of(String name, int index) {
        return "/" + escape(name) + "/" + index;
    }

    /** {@code /name/index/property}. */
    static String of(String name, int index, String property) {
        return "/" + escape(name) + "/" + index + "/" + escape(property);
    }

    /** {@code /name/property/index}. */
    static String of(String name, String property, int index) {
        return "/" + escape(name) + "/" + escape(property) + "/" + index;
    }

    /** {@code /name/index/property/index}. */
    static String of(String name, int index, String property, int inner) {
        return "/" + escape(name) + "/" + index + "/" + escape(property) + "/" + inner;
    }

    /** The pointer {@code base} followed by {@code /property/index}. */
    static String append(String base, String property, int index) {
        return base + "/" + escape(property) + "/" + index;
    }

    /** {@code token} as one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length() + 4);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                sb.append("~0");
            } else if (c == '/') {
                sb.append("~1");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
