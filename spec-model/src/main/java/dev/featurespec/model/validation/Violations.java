package dev.featurespec.model.validation;

import dev.featurespec.model.internal.SpecTexts.Key;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Builds constraint violations at nodes below the validated object, with messages that any Bean
 * Validation provider's interpolator leaves as written. Not API.
 */
final class Violations {
    private static final int QUOTE_LIMIT = 60;

    private Violations() {}

    /**
     * Adds a violation with {@code message} (taken literally) at {@code path}, relative to the
     * validated object: property names as {@link String}s, list indexes as {@link Integer}s (after the
     * list's name), map keys as {@link Key}s. {@code ("functionalRequirements", 3, "id")} is {@code
     * functionalRequirements[3].id}; an empty path is the validated object itself.
     */
    static void add(ConstraintValidatorContext context, String message, List<Object> path) {
        context.disableDefaultConstraintViolation();
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(message));
        if (path.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        // the Bean Validation node API puts a list index or map key on the node after the container
        Object current = builder;
        Object pendingIndex = null;
        for (Object segment : path) {
            if (segment instanceof String name) {
                NodeBuilderCustomizableContext node = addProperty(current, name);
                current = pendingIndex == null ? node : at(node.inIterable(), pendingIndex);
                pendingIndex = null;
            } else {
                pendingIndex = segment;
            }
        }
        if (pendingIndex != null) {
            LeafNodeBuilderCustomizableContext leaf = addBean(current);
            var defined = pendingIndex instanceof Key key
                    ? leaf.inIterable().atKey(key.key())
                    : leaf.inIterable().atIndex((Integer) pendingIndex);
            defined.addConstraintViolation();
        } else if (current instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) current).addConstraintViolation();
        }
    }

    /** Shorthand for {@link #add(ConstraintValidatorContext, String, List)}. */
    static void add(ConstraintValidatorContext context, String message, Object... path) {
        add(context, message, List.of(path));
    }

    private static NodeBuilderCustomizableContext addProperty(Object current, String name) {
        if (current instanceof ConstraintViolationBuilder b) {
            return b.addPropertyNode(name);
        }
        if (current instanceof NodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) current).addPropertyNode(name);
    }

    private static LeafNodeBuilderCustomizableContext addBean(Object current) {
        if (current instanceof ConstraintViolationBuilder b) {
            return b.addBeanNode();
        }
        if (current instanceof NodeBuilderCustomizableContext c) {
            return c.addBeanNode();
        }
        return ((NodeBuilderDefinedContext) current).addBeanNode();
    }

    private static NodeBuilderDefinedContext at(
            ConstraintViolationBuilder.NodeContextBuilder iterable, Object indexOrKey) {
        return indexOrKey instanceof Key key ? iterable.atKey(key.key()) : iterable.atIndex((Integer) indexOrKey);
    }

    /**
     * Escapes the characters Bean Validation message interpolation treats specially ({@code \ { } $}),
     * so user text in a message is never interpolated by any provider.
     */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code text} in double quotes, cut to a readable length with an ellipsis. */
    static String quote(String text) {
        String t = text.strip().replace('\n', ' ');
        if (t.length() > QUOTE_LIMIT) {
            t = t.substring(0, QUOTE_LIMIT - 1) + "…";
        }
        return '"' + t + '"';
    }

    /** {@code value} in single quotes, for ids and dates. */
    static String literal(String value) {
        return "'" + value + "'";
    }
}
