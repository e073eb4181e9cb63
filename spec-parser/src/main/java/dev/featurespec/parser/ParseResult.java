package dev.featurespec.parser;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.OpenClarification;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.validation.SpecValidator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader made of one document: the spec (as much of it as could be read), every diagnostic
 * sorted by position, and where each model element came from. {@link #validate(SpecValidator, Class[])}
 * adds the model's constraints, positioned in the source:
 *
 * <pre>{@code
 * ParseResult result = MarkdownSpecParser.create().parse(Path.of("spec.md"));
 * List<Diagnostic> all = result.validate(SpecValidator.create());
 * }</pre>
 *
 * @param spec the spec; never null, even for input that could not be read (then it is empty and the
 *     diagnostics say why)
 * @param diagnostics the problems found, de-duplicated, sorted by {@link Diagnostic#BY_POSITION}
 * @param sourceMap JSON pointer → source range for the elements read; a reader may leave it to be
 *     computed on first use ({@link SourceMap#lazy})
 * @param document for a Markdown document that could be read, the text with the spec and each element's
 *     extent, to write an edited spec back onto ({@code MarkdownSpecWriter.writeOnto}); empty for JSON and
 *     YAML, and for unreadable input
 */
public record ParseResult(
        FeatureSpec spec, List<Diagnostic> diagnostics, SourceMap sourceMap, Optional<SourceDocument> document) {
    /** A result without a source document. */
    public ParseResult(FeatureSpec spec, List<Diagnostic> diagnostics, SourceMap sourceMap) {
        this(spec, diagnostics, sourceMap, Optional.empty());
    }

    public ParseResult {
        document = document == null ? Optional.empty() : document;
        Objects.requireNonNull(spec, "ParseResult.spec must not be null");
        diagnostics = diagnostics == null || diagnostics.isEmpty()
                ? List.of()
                : diagnostics.size() == 1
                        ? List.of(diagnostics.get(0))
                        : diagnostics.stream()
                                .distinct()
                                .sorted(Diagnostic.BY_POSITION)
                                .toList();
        sourceMap = sourceMap == null ? SourceMap.empty() : sourceMap;
    }

    /** The reader's rules that mean the spec lost what the input says; see {@link #unreadable()}. */
    private static final Set<Rule> LOSSES = EnumSet.of(
            Rule.INPUT_TOO_LARGE,
            Rule.INVALID_ENCODING,
            Rule.SYNTAX_ERROR,
            Rule.WRONG_TYPE,
            Rule.INPUT_LIMIT_EXCEEDED,
            Rule.UNSUPPORTED_FORMAT_VERSION,
            Rule.INVALID_VALUE);

    private static final Pattern SCENARIO = Pattern.compile("/userStories/(\\d+)/acceptanceScenarios/(\\d+)");

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * True when the spec does not hold what the input says, so that checking its constraints would
     * report the reader's losses rather than the author's mistakes: the input could not be read at all
     * ({@code FS050} too large, {@code FS051} not UTF-8, {@code FS052} not well-formed, {@code FS056} over
     * a limit, {@code FS057} another format version), or a value in it was dropped ({@code FS054} wrong
     * type, {@code FS058} invalid value). An unknown property ({@code FS053}) or a repeated key ({@code
     * FS055}, the first value is kept) leaves everything the model holds in place: such a result is
     * readable and {@link #validate(SpecValidator, Class[]) validated}.
     */
    public boolean unreadable() {
        return diagnostics.stream().anyMatch(d -> d.isError() && LOSSES.contains(d.rule()));
    }

    /**
     * Every diagnostic for the document: the reader's, plus the model constraints {@code validator}
     * checks (in {@code groups}, {@code Default} when none), positioned with this result's source map,
     * de-duplicated and sorted by position. When the reader and the validator report the same rule at the
     * same place (FS105 on a repeated id, say), the reader's diagnostic is kept, since it names source
     * lines; a validator FS107 is dropped where the reader reported FS011 and Then is the only part
     * missing. The validator's own findings are all kept, as {@link SpecValidator} reports them: two open
     * markers in one requirement are two FS110. An open {@code [NEEDS CLARIFICATION]} marker (FS110) is
     * positioned at the marker itself when the source map locates it ({@link SourceMap#locate(String, int,
     * int)}), else at its element. Unreadable input ({@link #unreadable()}) is not validated.
     */
    public List<Diagnostic> validate(SpecValidator validator, Class<?>... groups) {
        Objects.requireNonNull(validator, "validator");
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        if (unreadable()) {
            return diagnostics;
        }
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            reported.add(d.rule().id() + d.pointer());
        }
        MarkerLocator markers = new MarkerLocator();
        for (Diagnostic d : validator.validate(spec, sourceMap, groups)) {
            if (!reported.contains(d.rule().id() + d.pointer()) && !supersededByThenCheck(d, reported)) {
                all.add(d.rule() == Rule.OPEN_CLARIFICATION ? markers.locate(d) : d);
            }
        }
        return new ParseResult(spec, all, sourceMap).diagnostics();
    }

    /**
     * Positions FS110 diagnostics at their markers: each goes to the first marker of its text that shows
     * as its message says ({@code [NEEDS CLARIFICATION: q] is still open}) and is not taken yet.
     */
    private final class MarkerLocator {
        private List<OpenClarification> open;
        private final Set<OpenClarification> taken = new HashSet<>();

        Diagnostic locate(Diagnostic d) {
            if (open == null) {
                open = spec.openClarifications();
            }
            for (OpenClarification c : open) {
                if (c.pointer().equals(d.pointer())
                        && !taken.contains(c)
                        && d.message().startsWith(shown(c) + " ")) {
                    taken.add(c);
                    return sourceMap
                            .locate(c.pointer(), c.start(), c.end())
                            .map(d::withRange)
                            .orElse(d);
                }
            }
            return d;
        }

        private static String shown(OpenClarification c) {
            return c.question().isEmpty() ? "[NEEDS CLARIFICATION]" : "[NEEDS CLARIFICATION: " + c.question() + "]";
        }
    }

    private boolean supersededByThenCheck(Diagnostic d, Set<String> reported) {
        if (d.rule() != Rule.INCOMPLETE_SCENARIO) {
            return false;
        }
        // the constraint points at the missing part (…/acceptanceScenarios/0/then), the reader at the scenario
        String scenario = d.pointer().replaceFirst("/(given|when|then)$", "");
        if (!reported.contains(Rule.SCENARIO_WITHOUT_THEN.id() + scenario)) {
            return false;
        }
        return scenarioAt(scenario)
                .map(s -> s.given().isPresent() && s.when().isPresent())
                .orElse(false);
    }

    private Optional<AcceptanceScenario> scenarioAt(String pointer) {
        Matcher m = SCENARIO.matcher(pointer);
        if (!m.matches()) {
            return Optional.empty();
        }
        int story = Integer.parseInt(m.group(1));
        int scenario = Integer.parseInt(m.group(2));
        if (story >= spec.userStories().size()) {
            return Optional.empty();
        }
        List<AcceptanceScenario> scenarios = spec.userStories().get(story).acceptanceScenarios();
        return scenario < scenarios.size() ? Optional.of(scenarios.get(scenario)) : Optional.empty();
    }
}
