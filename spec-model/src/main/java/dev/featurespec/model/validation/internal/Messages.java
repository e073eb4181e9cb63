package dev.featurespec.model.validation.internal;

import java.util.Map;

/**
 * Message templates and JSON pointer tokens, shared by both ways featurespec validates: the message
 * interpolator it gives a Bean Validation provider and the direct engine. Not API.
 */
public final class Messages {
    private Messages() {}

    /**
     * {@code template} with {@code {name}} replaced by the attribute {@code name} (left as written when
     * there is none) and the escapes {@code \{ \} \$ \\} resolved; nothing else. featurespec's validators
     * build their messages themselves, so no resource bundles and no expression language are needed.
     */
    public static String interpolate(String template, Map<String, Object> attributes) {
        if (template.indexOf('\\') < 0 && template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                sb.append(template.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close > 0) {
                    Object value = attributes.get(template.substring(i + 1, close));
                    if (value != null) {
                        sb.append(value);
                        i = close + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** {@code token} escaped for an RFC 6901 JSON pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
