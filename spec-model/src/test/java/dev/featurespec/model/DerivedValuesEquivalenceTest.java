package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.internal.InlineText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derived values are computed with prefilters and plain substring searches instead of running a
 * regex over every text; these seeded random texts, built from the tokens the regexes look for, check
 * that every derived value equals what the straightforward regex definitions give.
 */
class DerivedValuesEquivalenceTest {
    private static final String[] TOKENS = {
        "MUST",
        "MUST NOT",
        "SHALL",
        "SHALL NOT",
        "SHOULD",
        "SHOULD NOT",
        "NOT",
        "RECOMMENDED",
        "NOT RECOMMENDED",
        "REQUIRED",
        "MAY",
        "OPTIONAL",
        "MUSTARD",
        "XMUST",
        "_",
        "9",
        "é",
        "\uD835\uDFCE",
        "\uDC00",
        "\u216B",
        "\u00B2",
        "\uD835\uDC00",
        "\u0301",
        " ",
        "  ",
        "\n",
        "-",
        "`",
        "``",
        "\\",
        "/",
        "/api/jobs",
        "GET",
        "GeT\t",
        "DELETE",
        "OPTIONS",
        "\u017F",
        "\r",
        "\t",
        "\u2003",
        "post ",
        "200",
        "404",
        "600",
        "2000",
        "1x",
        "breaking",
        "Breaking",
        "non-breaking",
        "not breaking",
        "no breaking",
        "backward",
        "backwards",
        "compatible",
        "Backwards-Compatible",
        "İ",
        "K",
        "a",
        "b",
        "x",
        ".",
        "pending",
        " failed ",
        "processing",
        "done",
        "POST",
        ")",
        "**"
    };

    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(MUST NOT|SHALL NOT|SHOULD NOT|NOT RECOMMENDED|MUST|REQUIRED|SHALL|SHOULD|RECOMMENDED|MAY|OPTIONAL)(?![\\p{L}\\p{N}_])");
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]\\b.*");
    private static final Pattern BREAKING = Pattern.compile("(?<![\\p{L}-])breaking\\b");

    static IntStream seeds() {
        return IntStream.range(0, 100);
    }

    private static List<String> texts(int seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void levelIsTheStrongestKeywordTheRegexFindsTheFirstOfEquals(int seed) {
        for (String text : texts(seed)) {
            Matcher m = KEYWORD.matcher(text);
            RequirementLevel expected = null;
            while (m.find()) {
                RequirementLevel found = RequirementLevel.valueOf(m.group(1).replace(' ', '_'));
                if (expected == null || strength(found) > strength(expected)) {
                    expected = found;
                }
            }
            assertThat(RequirementLevel.find(text)).as(text).isEqualTo(Optional.ofNullable(expected));
        }
    }

    /** RFC 2119's three classes: absolute, recommended, optional. */
    private static int strength(RequirementLevel level) {
        return level.isMandatory() ? 3 : level.isRecommended() ? 2 : 1;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void codeSpansAreTheReferenceScan(int seed) {
        for (String text : texts(seed)) {
            List<String> expected = referenceCodeSpans(text);
            assertThat(InlineText.codeSpans(text)).as(text).isEqualTo(expected);
            int[] ranges = InlineText.codeSpanRanges(text);
            for (int k = 0; k < ranges.length; k += 2) {
                assertThat(InlineText.strippedCodeSpan(text, ranges[k], ranges[k + 1]))
                        .as(text)
                        .isEqualTo(expected.get(k / 2).strip());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void apiContractAndObservabilityValuesAreTheRegexDefinitions(int seed) {
        List<Statement> statements = new ArrayList<>();
        for (String text : texts(seed)) {
            if (!text.isBlank()) {
                statements.add(new Statement(text, List.of()));
            }
        }
        ApiContractSection api = new ApiContractSection(statements);
        Set<String> endpoints = new LinkedHashSet<>();
        Set<Integer> codes = new LinkedHashSet<>();
        List<ApiChange> changes = new ArrayList<>();
        for (Statement s : statements) {
            endpoints.addAll(referenceEndpoints(s.text()));
            for (String span : referenceCodeSpans(s.text())) {
                String t = span.strip();
                if (STATUS.matcher(t).matches()) {
                    codes.add(Integer.parseInt(t.substring(0, 3)));
                }
            }
            String lower = s.text().toLowerCase(Locale.ROOT);
            if (ApiContractSection.COMPATIBLE.matcher(lower).find()) {
                changes.add(new ApiChange(s.text(), Compatibility.BACKWARD_COMPATIBLE));
            } else if (BREAKING.matcher(lower).find()) {
                changes.add(new ApiChange(s.text(), Compatibility.BREAKING));
            }
        }
        assertThat(api.endpoints()).isEqualTo(List.copyOf(endpoints));
        assertThat(api.statusCodes()).isEqualTo(List.copyOf(codes));
        assertThat(api.changes()).isEqualTo(changes);
        Set<String> named = new java.util.HashSet<>();
        for (Statement s : statements) {
            for (String span : referenceCodeSpans(s.text())) {
                named.add(span.strip());
            }
        }
        assertThat(new ObservabilitySection(statements).taskStates())
                .isEqualTo(ObservabilitySection.TASK_STATES.stream()
                        .filter(named::contains)
                        .toList());
    }

    private static final Pattern METHOD_BEFORE_SPAN =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(`+)");

    /** The endpoints of one text by the regex definitions in {@link ApiContractSection}, in order. */
    private static List<String> referenceEndpoints(String text) {
        int[] spans = InlineText.codeSpanRanges(text);
        java.util.TreeMap<Integer, List<String>> byPosition = new java.util.TreeMap<>();
        for (int k = 0; k < spans.length; k += 2) {
            String t = InlineText.codeSpan(text, spans[k], spans[k + 1]).strip();
            if (ApiContractSection.ENDPOINT.matcher(t).matches()) {
                byPosition.computeIfAbsent(spans[k], p -> new ArrayList<>()).add(t);
            }
        }
        Matcher m = ApiContractSection.PROSE_ENDPOINT.matcher(text);
        for (int from = 0; m.find(from); from = m.start() + 1) {
            if (inSpan(spans, m.start())) {
                continue;
            }
            String path = m.group(2);
            while (path.length() > 1 && ApiContractSection.PATH_END.indexOf(path.charAt(path.length() - 1)) >= 0) {
                path = path.substring(0, path.length() - 1);
            }
            byPosition.computeIfAbsent(m.start(), p -> new ArrayList<>()).add(m.group(1) + " " + path);
        }
        Matcher b = METHOD_BEFORE_SPAN.matcher(text);
        for (int from = 0; b.find(from); from = b.start() + 1) {
            if (inSpan(spans, b.start())) {
                continue;
            }
            for (int k = 0; k < spans.length; k += 2) {
                String t = InlineText.codeSpan(text, spans[k], spans[k + 1]).strip();
                if (spans[k] == b.end() && t.startsWith("/") && !t.matches(".*\\s.*")) {
                    byPosition
                            .computeIfAbsent(b.start(), p -> new ArrayList<>())
                            .add(b.group(1) + " " + t);
                }
            }
        }
        List<String> out = new ArrayList<>();
        byPosition.values().forEach(out::addAll);
        return out;
    }

    private static boolean inSpan(int[] spans, int position) {
        for (int k = 0; k < spans.length; k += 2) {
            if (position >= spans[k] && position < spans[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The code-span scan as first written (a list of runs and a map of cursors). */
    private static List<String> referenceCodeSpans(String text) {
        List<int[]> runs = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int start = i;
                while (i < length && text.charAt(i) == '`') {
                    i++;
                }
                runs.add(new int[] {start, i - start});
            } else {
                i++;
            }
        }
        List<String> spans = new ArrayList<>();
        Map<Integer, Integer> cursor = new HashMap<>();
        int r = 0;
        while (r < runs.size()) {
            int[] open = runs.get(r);
            int i = Math.max(r + 1, cursor.getOrDefault(open[1], 0));
            while (i < runs.size() && runs.get(i)[1] != open[1]) {
                i++;
            }
            cursor.put(open[1], Math.min(i, runs.size()));
            if (i >= runs.size()) {
                r++;
                continue;
            }
            String content = text.substring(open[0] + open[1], runs.get(i)[0]).replace('\n', ' ');
            if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            spans.add(content);
            r = i + 1;
        }
        return spans;
    }
}
