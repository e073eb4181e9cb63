package dev.featurespec.model.template.internal;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every structural word of a set of languages plus a profile's extra heading synonyms, compiled once
 * into lookup tables and a few small patterns: what the parser recognises and what the writer checks
 * its output against. Immutable and thread-safe. Not API.
 */
public final class Vocabulary {
    /** A word found: its term and the language it belongs to ({@code ""} for a profile's own word). */
    public record Hit(Term term, String language) {}

    private final List<Language> languages;
    private final Map<String, Hit> headings = new HashMap<>();
    private final Map<String, Hit> labels = new HashMap<>();
    private final Map<String, Hit> metadata = new HashMap<>();
    private final Map<String, Hit> keywords = new HashMap<>();
    private final Map<String, Hit> tableHeaders = new HashMap<>();
    private final Map<String, Hit> titlePrefixes = new HashMap<>();
    private final Set<String> markerWords = new LinkedHashSet<>();
    private final Map<String, String> storyWordLanguage = new LinkedHashMap<>();
    private final Map<String, String> sessionWordLanguage = new LinkedHashMap<>();
    private final Pattern story;
    private final Pattern priorityGroup;
    private final Pattern session;
    private final Pattern keyword;
    private final KeywordMatcher.KeywordIndex keywordIndex;
    private final Pattern question;
    private final Pattern answerSeparator;
    private final Pattern nestedAnswer;
    private final Pattern requirementId;
    private final Pattern criterionId;
    private final Pattern anyId;

    /**
     * Compiles the words of {@code languages} (the first one's words win where two languages share a
     * word) and the extra headings of {@code profile}, which may be null.
     */
    public Vocabulary(List<Language> languages, Profile profile) {
        this.languages = List.copyOf(languages);
        List<String> storyWords = new ArrayList<>();
        List<String> priorityWords = new ArrayList<>();
        List<String> sessionWords = new ArrayList<>();
        List<String> keywordWords = new ArrayList<>();
        List<String> questionWords = new ArrayList<>();
        List<String> answerWords = new ArrayList<>();
        Set<String> frPrefixes = new LinkedHashSet<>(List.of("FR"));
        Set<String> scPrefixes = new LinkedHashSet<>(List.of("SC"));
        for (Language lang : languages) {
            String code = lang.code();
            lang.words().forEach((term, words) -> {
                switch (term.kind()) {
                    case HEADING -> words.forEach(w -> putFirst(headings, norm(w), term, code));
                    case LABEL -> words.forEach(w -> putFirst(labels, norm(w), term, code));
                    case METADATA -> words.forEach(w -> putFirst(metadata, norm(w), term, code));
                    case KEYWORD ->
                        words.forEach(w -> {
                            putFirst(keywords, w.toLowerCase(Locale.ROOT), term, code);
                            keywordWords.add(w);
                        });
                    case TITLE -> words.forEach(w -> putFirst(titlePrefixes, norm(w), term, code));
                    case MARKER -> words.forEach(w -> markerWords.add(w.toLowerCase(Locale.ROOT)));
                    default -> {
                        // the other kinds are compiled into patterns below
                    }
                }
            });
            lang.words(Term.STORY_WORD).forEach(w -> {
                storyWords.add(w);
                storyWordLanguage.putIfAbsent(w.toLowerCase(Locale.ROOT), code);
            });
            priorityWords.addAll(lang.words(Term.STORY_PRIORITY));
            lang.words(Term.HEADING_SESSION).forEach(w -> {
                sessionWords.add(w);
                sessionWordLanguage.putIfAbsent(w.toLowerCase(Locale.ROOT), code);
            });
            questionWords.addAll(lang.words(Term.QUESTION));
            answerWords.addAll(lang.words(Term.ANSWER));
            frPrefixes.addAll(lang.words(Term.REQUIREMENT_PREFIX));
            scPrefixes.addAll(lang.words(Term.CRITERION_PREFIX));
            lang.words(Term.LABEL_ID_COLUMN).forEach(w -> putFirst(tableHeaders, norm(w), Term.LABEL_ID_COLUMN, code));
            lang.words(Term.LABEL_TEXT_COLUMN)
                    .forEach(w -> putFirst(tableHeaders, norm(w), Term.LABEL_TEXT_COLUMN, code));
            lang.words(Term.LABEL_CRITERION_TEXT_COLUMN)
                    .forEach(w -> putFirst(tableHeaders, norm(w), Term.LABEL_CRITERION_TEXT_COLUMN, code));
        }
        if (profile != null) {
            profile.headings()
                    .forEach(
                            (section, words) -> words.forEach(w -> putFirst(headings, norm(w), section.heading(), "")));
        }
        story = Pattern.compile(
                "^(?:" + alt(storyWords) + ")\\s*[-#]?\\s*(\\d{1,9})(?!\\d)\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        priorityGroup = Pattern.compile(
                "[(（]\\s*(?:(" + alt(priorityWords) + ")\\s*[:：]?\\s*([^)）]{0,40})|([Pp]\\d{1,9}))\\s*[)）]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        session = Pattern.compile(
                "^(?:" + alt(sessionWords) + ")\\b\\s*[:：]?\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        keyword = Pattern.compile(
                "(?:\\*\\*|__)\\s*(" + alt(keywordWords) + ")\\s*([:：,，]?)\\s*(?:\\*\\*|__)\\s*[:：,，]?"
                        + "|(?<=^|\\n|[,，;；]\\s|^[-*+]\\s|\\n[-*+]\\s|\\n\\s\\s[-*+]\\s|\\n\\s\\s\\s[-*+]\\s)("
                        + alt(keywordWords) + ")\\b\\s*[:：]?",
                Pattern.UNICODE_CASE);
        keywordIndex = KeywordMatcher.KeywordIndex.of(keywordWords);
        String q = alt(questionWords);
        String a = alt(answerWords);
        question = Pattern.compile(
                "^(?:\\*\\*|__)?(?:" + q + ")\\d{0,3}(?:\\*\\*|__)?\\s*[:：](?:\\*\\*|__)?\\s*(.*)$",
                Pattern.DOTALL | Pattern.UNICODE_CASE);
        answerSeparator = Pattern.compile(
                "(?:→|->|=>|⇒|⟶)\\s*(?:\\*\\*|__)?(" + a + "|[A-Z])\\d{0,3}(?:\\*\\*|__)?\\s*[:：](?:\\*\\*|__)?\\s*",
                Pattern.UNICODE_CASE);
        nestedAnswer = Pattern.compile(
                "\\n[ \\t]*(?:[-*+][ \\t]+)?(?:\\*\\*|__)?(" + a + ")\\d{0,3}(?:\\*\\*|__)?\\s*[:：](?:\\*\\*|__)?\\s*",
                Pattern.UNICODE_CASE);
        requirementId = idPattern(frPrefixes);
        criterionId = idPattern(scPrefixes);
        Set<String> all = new LinkedHashSet<>(frPrefixes);
        all.addAll(scPrefixes);
        anyId = idPattern(all);
    }

    private static Pattern idPattern(Set<String> prefixes) {
        return Pattern.compile("(?:" + alt(new ArrayList<>(prefixes)) + ")-?\\d{1,9}(?:\\.\\d{1,9})*[a-zA-Z]?");
    }

    private static void putFirst(Map<String, Hit> map, String word, Term term, String code) {
        if (!word.isEmpty()) {
            map.putIfAbsent(word, new Hit(term, code));
        }
    }

    private static String alt(List<String> words) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
        sorted.removeIf(String::isBlank);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        if (sorted.isEmpty()) {
            return "(?!)";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            if (!sb.isEmpty()) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w));
        }
        return sb.toString();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?\\s+)");

    /**
     * A heading or label reduced for lookup: lower case, emphasis, leading numbering and symbols, a
     * trailing {@code *(…)*} marker and a trailing colon removed, whitespace collapsed.
     */
    public static String norm(String s) {
        String t = s.strip();
        if (t.length() > 200) {
            return "";
        }
        t = t.replace("**", "").replace("__", "");
        t = dropLeadingNumber(t);
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        t = t.substring(i);
        t = dropLeadingNumber(t);
        t = t.strip();
        while (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return needsCollapse(lower) ? WHITESPACE.matcher(lower).replaceAll(" ") : lower;
    }

    /** {@link #LEADING_NUMBER} removed; the pattern needs an ASCII digit first, so others skip it. */
    private static String dropLeadingNumber(String t) {
        if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9') {
            return t;
        }
        return LEADING_NUMBER.matcher(t).replaceFirst("");
    }

    /** Whether {@link #WHITESPACE} would change {@code t}: a whitespace other than one lone space. */
    private static boolean needsCollapse(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
            if (c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Strips a trailing {@code *(…)*} marker whose words are a known marker. Linear in the text. */
    public String stripMarker(String heading) {
        String t = heading.strip();
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '*' || t.charAt(end - 1) == '_')) {
            end--;
        }
        if (end == 0 || (t.charAt(end - 1) != ')' && t.charAt(end - 1) != '）')) {
            return t;
        }
        int open = Math.max(t.lastIndexOf('(', end - 1), t.lastIndexOf('（', end - 1));
        if (open < 0) {
            return t;
        }
        String inner = t.substring(open + 1, end - 1).strip().toLowerCase(Locale.ROOT);
        if (!markerWords.contains(inner)) {
            return t;
        }
        int start = open;
        while (start > 0 && (t.charAt(start - 1) == '*' || t.charAt(start - 1) == '_')) {
            start--;
        }
        return t.substring(0, start).strip();
    }

    /** The section key a heading names, e.g. {@code functionalRequirements}, or null. */
    public Hit heading(String headingText) {
        String n = norm(stripMarker(headingText));
        Hit h = headings.get(n);
        if (h == null) {
            n = norm(headingText);
            h = headings.get(n);
        }
        return h;
    }

    public Hit label(String label) {
        return labels.get(norm(label));
    }

    public Hit metadata(String label) {
        return metadata.get(norm(label));
    }

    public Hit keyword(String word) {
        return keywords.get(word.strip().toLowerCase(Locale.ROOT));
    }

    public Hit tableHeader(String cell) {
        return tableHeaders.get(norm(cell));
    }

    public Hit titlePrefix(String prefix) {
        return titlePrefixes.get(norm(prefix));
    }

    public String storyWordLanguage(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (var e : storyWordLanguage.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "en";
    }

    public String sessionWordLanguage(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (var e : sessionWordLanguage.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "en";
    }

    public Pattern story() {
        return story;
    }

    /**
     * The vocabulary of every built-in language and no profile, made once and shared (building one
     * compiles patterns over every language's words).
     */
    public static Vocabulary builtIn() {
        return BuiltIn.VOCABULARY;
    }

    private static final class BuiltIn {
        static final Vocabulary VOCABULARY = new Vocabulary(Languages.builtIn(), null);
    }

    /**
     * A priority group found in a story heading's text: where it stands, the priority word it opens with
     * (null for a bare {@code (P1)}) and the value it gives, not yet parsed.
     */
    public record PriorityGroup(int start, int end, String word, String value) {}

    /**
     * The last {@link #priorityGroup() priority group} in {@code rest}, the part of a story heading after
     * its number, or null when there is none: the story's priority is read from the last one.
     */
    public PriorityGroup lastPriorityGroup(String rest) {
        Matcher m = priorityGroup.matcher(rest);
        PriorityGroup last = null;
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).strip() : m.group(3);
            last = new PriorityGroup(m.start(), m.end(), m.group(1), value);
        }
        return last;
    }

    public Pattern priorityGroup() {
        return priorityGroup;
    }

    public Pattern session() {
        return session;
    }

    public Pattern keyword() {
        return keyword;
    }

    /** A matcher of {@link #keyword()} over {@code text} that skips positions no keyword starts at. */
    public KeywordMatcher keywords(String text) {
        return new KeywordMatcher(keyword, text, keywordIndex);
    }

    /** The keyword the current match of a {@link #keywords(String)} matcher found, or null. */
    public Hit keyword(KeywordMatcher m) {
        return keyword(m.group(1) != null ? m.group(1) : m.group(3));
    }

    /** True when {@code text} opens with a Given keyword: a paragraph the parser reads as a scenario. */
    public boolean startsWithGiven(String text) {
        KeywordMatcher m = keywords(text);
        if (!m.find() || m.start() != 0) {
            return false;
        }
        Hit hit = keyword(m);
        return hit != null && hit.term() == Term.STEP_GIVEN;
    }

    /**
     * How many different steps of Given, When and Then {@code text} names as keywords ({@code And} does
     * not count): 0 to 3. A list item naming two or more is read as an acceptance scenario.
     */
    public int stepKinds(String text) {
        KeywordMatcher m = keywords(text);
        Set<Term> kinds = EnumSet.noneOf(Term.class);
        while (m.find() && kinds.size() < 3) {
            Hit hit = keyword(m);
            if (hit != null && hit.term() != Term.STEP_AND) {
                kinds.add(hit.term());
            }
        }
        return kinds.size();
    }

    public Pattern question() {
        return question;
    }

    public Pattern answerSeparator() {
        return answerSeparator;
    }

    public Pattern nestedAnswer() {
        return nestedAnswer;
    }

    public Pattern requirementId() {
        return requirementId;
    }

    public Pattern criterionId() {
        return criterionId;
    }

    public Pattern anyId() {
        return anyId;
    }

    public List<Language> languages() {
        return languages;
    }
}
