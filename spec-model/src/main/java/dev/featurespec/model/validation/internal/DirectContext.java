package dev.featurespec.model.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ConstraintValidatorContext} the direct engine hands a validator: exactly what
 * featurespec's validators use (disable the default violation; build violations with a message template
 * at property and bean nodes below the validated element, list indexes and map keys included), and an
 * {@link UnsupportedOperationException} naming anything else. One per validation run, reset before each
 * constraint; not thread-safe.
 */
final class DirectContext implements ConstraintValidatorContext {
    /**
     * A violation a validator added: its message template and its place below the validated element as
     * a JSON pointer suffix ({@code /functionalRequirements/3/id}; empty for the element itself).
     */
    record Custom(String template, String relative) {}

    private final List<Custom> customs = new ArrayList<>();
    private Check check;
    private boolean defaultDisabled;

    /** Makes the context new for {@code next}. */
    void reset(Check next) {
        check = next;
        defaultDisabled = false;
        customs.clear();
    }

    /** Whether the validator disabled the default violation. */
    boolean defaultDisabled() {
        return defaultDisabled;
    }

    /** The violations the validator added since {@link #reset}, in order. */
    List<Custom> customs() {
        return customs;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return check.template();
    }

    @Override
    public ClockProvider getClockProvider() {
        throw Unsupported.feature("a clock provider");
    }

    @Override
    public Node buildConstraintViolationWithTemplate(String messageTemplate) {
        return new Node(messageTemplate);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw Unsupported.feature("unwrapping the validator context to " + type.getName());
    }

    /**
     * A violation being built, in every role of the node builder API at once (each method returns the
     * builder itself). A node's index or key ({@code inIterable().atIndex(3)}) belongs to the container
     * before it, so it is written before the node's name: {@code addPropertyNode("functionalRequirements")
     * .addPropertyNode("id").inIterable().atIndex(3)} is {@code /functionalRequirements/3/id}, as a
     * provider's path turns into a pointer.
     */
    final class Node
            implements ConstraintViolationBuilder,
                    NodeBuilderCustomizableContext,
                    NodeContextBuilder,
                    NodeBuilderDefinedContext,
                    LeafNodeBuilderCustomizableContext,
                    LeafNodeContextBuilder,
                    LeafNodeBuilderDefinedContext {
        private final String template;
        private final StringBuilder relative = new StringBuilder();
        private int nodes;
        private boolean open;
        private String name;
        private Object indexOrKey;
        private boolean added;

        private Node(String template) {
            this.template = template;
        }

        private Node node(String nodeName) {
            flush();
            open = true;
            nodes++;
            name = nodeName;
            indexOrKey = null;
            return this;
        }

        private Node at(Object value) {
            if (!open) {
                throw Unsupported.feature("an index or key before any node");
            }
            if (nodes == 1) {
                throw Unsupported.feature("an index or key on the first node, which re-indexes the validated element");
            }
            indexOrKey = value;
            return this;
        }

        private void flush() {
            if (!open) {
                return;
            }
            if (indexOrKey != null) {
                relative.append('/').append(Messages.escape(String.valueOf(indexOrKey)));
            }
            if (name != null && !name.startsWith("<")) {
                relative.append('/').append(Messages.escape(name));
            }
            open = false;
        }

        @Override
        public Node addPropertyNode(String propertyName) {
            return node(propertyName);
        }

        @Override
        public Node addBeanNode() {
            return node(null);
        }

        @Override
        public Node inIterable() {
            return this;
        }

        @Override
        public Node atKey(Object key) {
            return at(key);
        }

        @Override
        public Node atIndex(Integer index) {
            return at(index);
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            if (added) {
                throw new IllegalStateException("this violation was added already");
            }
            added = true;
            flush();
            customs.add(new Custom(template, relative.toString()));
            return DirectContext.this;
        }

        @Override
        public Node addNode(String nodeName) {
            throw Unsupported.feature("addNode (deprecated; addPropertyNode is supported)");
        }

        @Override
        public Node addParameterNode(int index) {
            throw Unsupported.feature("parameter nodes");
        }

        @Override
        public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(
                String containerName, Class<?> containerType, Integer typeArgumentIndex) {
            throw Unsupported.feature("container element nodes");
        }

        @Override
        public Node inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
            throw Unsupported.feature("inContainer");
        }
    }
}
