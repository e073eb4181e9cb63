package dev.featurespec.writer.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical writers' laws over every golden case and every corpus {@code tasks.md} and checklist:
 * reading what the writer wrote gives the same model ({@code parse(write(parse(md))) == parse(md)}),
 * writing is a fixed point, the written text raises no diagnostic the source did not, and no word of the
 * source is lost.
 */
class FolderRoundTripTest {
    static Stream<FolderDocuments.Doc> documents() throws IOException {
        return FolderDocuments.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writingReadsBackEqualAndLosesNoWord(FolderDocuments.Doc doc) {
        String source = doc.source();
        Object model = doc.read(source);
        String written = doc.write(model);
        Object back = doc.read(written);
        assertThat(back).as("parse(write(parse(%s)))", doc).isEqualTo(model);
        assertThat(doc.write(back)).as("write is a fixed point for %s", doc).isEqualTo(written);
        assertThat(FolderDocuments.missingWords(source, written))
                .as("words of %s missing from what the writer wrote", doc)
                .isEmpty();
        assertThat(doc.result(written).diagnostics().stream().map(Diagnostic::rule))
                .as("diagnostics of the written %s", doc)
                .isSubsetOf(doc.result(source).diagnostics().stream()
                        .map(Diagnostic::rule)
                        .toList());
    }
}
