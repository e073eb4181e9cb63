package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pointers are built from names and indexes, with RFC 6901 escaping of names. */
class PointerTest {
    @Test
    void segmentsAreJoinedWithSlashes() {
        assertThat(Pointer.of("title")).isEqualTo("/title");
        assertThat(Pointer.of("userStories", 3)).isEqualTo("/userStories/3");
        assertThat(Pointer.of("userStories", 3, "priority")).isEqualTo("/userStories/3/priority");
        assertThat(Pointer.of("apiContract", "statements", 7)).isEqualTo("/apiContract/statements/7");
        assertThat(Pointer.of("userStories", 0, "acceptanceScenarios", 12))
                .isEqualTo("/userStories/0/acceptanceScenarios/12");
        assertThat(Pointer.of("metadata", "status")).isEqualTo("/metadata/status");
    }

    @Test
    void tildeAndSlashAreEscaped() {
        assertThat(Pointer.of("metadata", "other", "Owner/Team ~ Lead"))
                .isEqualTo("/metadata/other/Owner~1Team ~0 Lead");
        assertThat(Pointer.of("metadata", "other", "~1")).isEqualTo("/metadata/other/~01");
        assertThat(Pointer.escape("plain")).isSameAs("plain");
    }

    @Test
    void appendExtendsAPointer() {
        assertThat(Pointer.append("/apiContract/statements/0", "children", 3))
                .isEqualTo("/apiContract/statements/0/children/3");
    }
}
