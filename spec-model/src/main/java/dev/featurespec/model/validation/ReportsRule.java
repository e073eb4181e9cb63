package dev.featurespec.model.validation;

import dev.featurespec.model.diagnostic.Rule;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link Rule} a constraint annotation checks. Every featurespec constraint carries it, so
 * {@link SpecValidator} turns a violation into a diagnostic with the rule's id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface ReportsRule {
    /** The rule the annotated constraint checks. */
    Rule value();
}
