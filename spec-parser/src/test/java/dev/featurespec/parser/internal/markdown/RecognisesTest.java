package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.SpanOnlyInlineParser;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The readers' cheap content checks, which let a section be read by what it holds whatever its heading
 * says: requirements, criteria and clarification entries are told from other lists.
 */
class RecognisesTest {
    private static final Vocabulary VOCAB = new Vocabulary(Languages.builtIn(), null);
    private static final Parser COMMONMARK = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create()))
            .inlineParserFactory(SpanOnlyInlineParser.FACTORY)
            .build();

    /** The first block of {@code markdown}, and a context over its source. */
    private record Block(Node node, AssemblyContext ctx) {}

    private static Block block(String markdown) {
        AssemblyContext ctx = new AssemblyContext(new SourceText(markdown), VOCAB);
        return new Block(COMMONMARK.parse(markdown).getFirstChild(), ctx);
    }

    private static boolean requirements(String markdown) {
        Block b = block(markdown);
        Outline outline = new Outline(b.ctx());
        return new RequirementReader(b.ctx(), new HeadingClassifier(VOCAB), outline, new ExtraReader(b.ctx()))
                .recognises(b.node());
    }

    private static boolean criteria(String markdown) {
        Block b = block(markdown);
        return new CriteriaReader(b.ctx(), new ExtraReader(b.ctx())).recognises(b.node());
    }

    private static boolean clarifications(String markdown) {
        Block b = block(markdown);
        return new ClarificationReader(b.ctx(), new Outline(b.ctx()), new ExtraReader(b.ctx())).recognises(b.node());
    }

    @Test
    void requirementListsAreRecognisedInAnyIdForm() {
        assertThat(requirements("- **FR-001**: System MUST export.\n")).isTrue();
        assertThat(requirements("- Intro\n- FR-2: System MUST log.\n")).isTrue();
        assertThat(requirements("1. **RF-001**: El sistema DEBE exportar.\n")).isTrue();
    }

    @Test
    void otherBlocksAreNotRequirements() {
        assertThat(requirements("- System MUST export.\n")).isFalse();
        assertThat(requirements("- **SC-001**: 90% of users finish.\n")).isFalse();
        assertThat(requirements("**FR-001**: System MUST export.\n")).isFalse(); // a paragraph, not a list
    }

    @Test
    void criterionListsAreRecognised() {
        assertThat(criteria("- **SC-001**: 90% of users finish in 2 minutes.\n"))
                .isTrue();
        assertThat(criteria("- **FR-001**: System MUST export.\n")).isFalse();
        assertThat(criteria("- Users are happy.\n")).isFalse();
    }

    @Test
    void clarificationEntriesAreRecognised() {
        assertThat(clarifications("- Q: Which currency? → A: Euro only.\n")).isTrue();
        assertThat(clarifications("- **Q1**: Which currency?\n  **A**: Euro only.\n"))
                .isTrue();
        assertThat(clarifications("- Which currency? Euro only.\n")).isFalse();
        assertThat(clarifications("Q: Which currency? → A: Euro.\n")).isFalse(); // a paragraph, not a list
    }
}
