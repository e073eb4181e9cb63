package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text Markdown writes on one line (a title, a heading, a metadata value, a label, a table cell) holds
 * no line break: the Markdown parser never produces one there, and written out it would end the heading
 * or line and turn the rest into other structure; nor blank space at its ends, which the parser trims.
 * Reports rule {@link Rule#NOT_WRITABLE FS120} naming the
 * field. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = OneLine.Validator.class)
@ReportsRule(Rule.NOT_WRITABLE)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OneLine {
    /** The message when the validator does not build its own. */
    String message() default "{what} holds a line break";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** What the text is, for the message, e.g. {@code user story title}. */
    String what() default "text";

    /**
     * True for a text written in a heading line, where it may come last: there it may not end in a run
     * of {@code #} after a space (or be only {@code #}), which Markdown reads as the heading's closing
     * sequence and drops.
     */
    boolean heading() default false;

    /**
     * Whether a text of only blank space, which Markdown reads back empty, is reported here; false where a
     * {@link NotBlankText} on the same element reports it already.
     */
    boolean blank() default true;

    /** Checks {@link OneLine}. */
    final class Validator implements ConstraintValidator<OneLine, String> {
        private String what = "text";
        private boolean heading;
        private boolean blank;

        @Override
        public void initialize(OneLine annotation) {
            what = annotation.what();
            heading = annotation.heading();
            blank = annotation.blank();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            if (breaks(text)) {
                Violations.add(
                        context, what + " holds a line break, which Markdown cannot keep in it; write it on one line");
                return false;
            }
            int control = MarkdownText.Validator.control(text);
            if (control >= 0) {
                Violations.add(
                        context,
                        what + " holds the control character U+" + String.format("%04X", control)
                                + ", which Markdown does not keep");
                return false;
            }
            if (!text.equals(text.strip()) && (blank || !text.isBlank())) {
                // the parser trims what it reads: a heading or a line keeps no blank space at its ends
                Violations.add(
                        context,
                        text.isBlank()
                                ? what + " is only blank space, which Markdown reads back empty"
                                : what + " starts or ends with blank space, which Markdown does not keep");
                return false;
            }
            if (heading && closingSequence(text)) {
                Violations.add(
                        context,
                        what + " ends in '#' after a space, which a Markdown heading reads as its closing"
                                + " sequence and drops");
                return false;
            }
            return true;
        }

        /** True when {@code text} ends in a run of {@code #} that starts it or follows a space or tab. */
        static boolean closingSequence(String text) {
            int i = text.length();
            while (i > 0 && text.charAt(i - 1) == '#') {
                i--;
            }
            return i < text.length() && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t');
        }

        /** True when {@code text} holds a character that ends a Markdown line: LF or CR. */
        static boolean breaks(String text) {
            return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        }
    }
}
