package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreloadTest {
    /**
     * When {@link Preload#awaitValidator()} returns, the warm-up thread has left the constraint checks for
     * good, so the caller's validation never reads constraint metadata beside it. (In a JVM where another test
     * already ran the warm-up, the thread is gone and nothing is left to check.)
     */
    @Test
    void awaitValidatorReturnsOnlyOnceTheWarmUpHasLeftTheValidator() {
        Preload.validator();
        Preload.awaitValidator();
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().equals("featurespec-preload-validator")) {
                assertThat(Arrays.stream(e.getValue()).map(StackTraceElement::getClassName))
                        .noneMatch(c -> c.startsWith("dev.featurespec.model.validation.")
                                || c.startsWith("org.hibernate.validator."));
            }
        }
    }
}
