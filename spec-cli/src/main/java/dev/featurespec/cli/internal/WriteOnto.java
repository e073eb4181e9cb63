package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.Profile;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code convert --to markdown --base ORIGINAL.md}: an edited spec written onto the Markdown it came
 * from, checked by reading the result back; a result that does not read back as the edited spec is never
 * written.
 */
final class WriteOnto {
    private WriteOnto() {}

    /**
     * The text of {@code base} with {@code edited} written onto it, or empty when {@code base} could not be
     * read (its errors printed to {@code err}).
     *
     * @throws CliException when the result does not read back as {@code edited}
     */
    static Optional<String> write(Path base, FeatureSpec edited, Profile profile, PrintWriter err) {
        SpecFiles.discover(List.of(base)); // a clear message for a missing path
        SourceFile file = SpecFiles.read(base);
        String text = (file.byteOrderMark() ? "\uFEFF" : "") + file.text();
        MarkdownSpecParser.Builder b = MarkdownSpecParser.builder();
        if (profile != null) {
            b.profile(profile);
        }
        MarkdownSpecParser parser = b.build();
        ParseResult parsed = parser.parse(text);
        if (SpecEngine.unreadable(parsed) || parsed.document().isEmpty()) {
            for (Diagnostic d : parsed.diagnostics()) {
                if (d.isError()) {
                    err.println(TextReport.line(file.displayPath(), d));
                }
            }
            err.flush();
            return Optional.empty();
        }
        SourceDocument document = parsed.document().get();
        MarkdownSpecWriter.Builder w = MarkdownSpecWriter.builder();
        if (profile != null) {
            w.profile(profile);
        }
        String written = w.build().writeOnto(document, edited);
        FeatureSpec back = parser.parse(written).spec();
        if (!back.equals(withWordsStillUsed(edited, back))) {
            throw new CliException(file.displayPath()
                    + ": the edited spec written onto this file would not read back as the edited spec; nothing"
                    + " written (convert without --base writes it canonically)");
        }
        return Optional.of(written);
    }

    /**
     * {@code edited} without the author's words {@code back} no longer records: an edit that removes the
     * last element written with a word (the only table, the last story label) takes the word with it.
     */
    private static FeatureSpec withWordsStillUsed(FeatureSpec edited, FeatureSpec back) {
        Map<String, String> words = new LinkedHashMap<>(edited.presentation().words());
        words.keySet().retainAll(back.presentation().words().keySet());
        return edited.toBuilder()
                .presentation(new Presentation(edited.presentation().headings(), words))
                .build();
    }
}
