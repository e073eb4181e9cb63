package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The heap can run out while a class is loaded or initialized; the JVM then reports a {@link LinkageError}
 * around the {@link OutOfMemoryError}, and the command must still say "out of memory", not "internal error".
 */
class FailuresTest {
    @Test
    void anOutOfMemoryErrorIsOutOfMemory() {
        assertThat(Failures.causedByOutOfMemory(new OutOfMemoryError("Java heap space")))
                .isTrue();
    }

    @Test
    void aClassInitializerThatRanOutOfMemoryIsOutOfMemory() {
        assertThat(Failures.causedByOutOfMemory(new ExceptionInInitializerError(new OutOfMemoryError())))
                .isTrue();
    }

    @Test
    void aLaterUseOfThatClassIsOutOfMemoryToo() {
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class X");
        later.initCause(new ExceptionInInitializerError(new OutOfMemoryError()));

        assertThat(Failures.causedByOutOfMemory(later)).isTrue();
    }

    @Test
    void otherErrorsAreNot() {
        assertThat(Failures.causedByOutOfMemory(new NoClassDefFoundError("X"))).isFalse();
        assertThat(Failures.causedByOutOfMemory(new StackOverflowError())).isFalse();
        assertThat(Failures.causedByOutOfMemory(new IllegalStateException(new RuntimeException())))
                .isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Failures.causedByOutOfMemory(a)).isFalse();
    }
}
