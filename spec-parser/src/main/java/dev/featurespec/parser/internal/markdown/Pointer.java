package dev.featurespec.parser.internal.markdown;

/**
 * Builds the RFC 6901 JSON pointers that key the source map and place diagnostics, from segments
 * (property names and list indexes), each escaped: {@code ~} becomes {@code ~0} and {@code /} becomes
 * {@code ~1}. The one place a pointer is spelled; no reader concatenates pointer strings. Not API.
 *
 * <pre>{@code
 * Pointer.of("userStories", 0, "acceptanceScenarios", 2);   // "/userStories/0/acceptanceScenarios/2"
 * Pointer.of("metadata", "other", "Owner/Team");              // "/metadata/other/Owner~1Team"
 * Pointer.append("/apiContract/statements/0", "children", 1);  // "/apiContract/statements/0/children/1"
 * }</pre>
 */
final class Pointer {
    private Pointer() {}

    /** The pointer whose reference tokens are {@code segments}, in order; {@code ""} for none. */
    static String of(Object... segments) {
        return append("", segments);
    }

    /** The pointer {@code base} followed by the reference tokens {@code segments}. */
    static String append(String base, Object... segments) {
        StringBuilder sb = new StringBuilder(base.length() + 16 * segments.length).append(base);
        for (Object segment : segments) {
            sb.append('/');
            if (segment instanceof Integer index) {
                sb.append(index.intValue());
            } else {
                appendEscaped(sb, segment.toString());
            }
        }
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            sb.append(token);
            return;
        }
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
    }
}
