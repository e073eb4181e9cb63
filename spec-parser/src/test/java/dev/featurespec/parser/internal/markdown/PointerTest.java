package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pointers are built from segments, with RFC 6901 escaping. */
class PointerTest {
    @Test
    void segmentsAreJoinedWithSlashes() {
        assertThat(Pointer.of("userStories", 0, "acceptanceScenarios", 12))
                .isEqualTo("/userStories/0/acceptanceScenarios/12");
        assertThat(Pointer.of()).isEmpty();
    }

    @Test
    void tildeAndSlashAreEscaped() {
        assertThat(Pointer.of("metadata", "other", "Owner/Team ~ Lead"))
                .isEqualTo("/metadata/other/Owner~1Team ~0 Lead");
        assertThat(Pointer.of("metadata", "other", "~1")).isEqualTo("/metadata/other/~01");
    }

    @Test
    void appendExtendsAPointer() {
        assertThat(Pointer.append("/apiContract/statements/0", "children", 3))
                .isEqualTo("/apiContract/statements/0/children/3");
    }
}
