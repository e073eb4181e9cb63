package dev.featurespec.writer.markdown;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.ProfileSection;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.internal.LineStarts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link FeatureSpec} as canonical Markdown in the seed template's layout: title and metadata
 * block, {@code ## …} sections in {@link Section} order with the profile's {@code *(mandatory)*}
 * markers, stories with their bold labels separated by {@code ---}, numbered scenarios, FR and SC
 * bullets with bold ids, clarification sessions, and every {@link ExtraSection} back in its place.
 *
 * <p>Text fields hold Markdown source, so they are written exactly as they are: the writer assembles
 * the template's block structure around them and never re-renders inline Markdown ({@code [NEEDS
 * CLARIFICATION: …]}, {@code &}, code spans and emphasis come out as they went in). The only change it
 * ever makes to a text is a backslash before a line that would otherwise start a block (a text line
 * {@code # x} at the start of a line); text read by the parser never needs one. For every spec the
 * parser produced, reading the output back gives an equal spec, and writing that again gives the same
 * bytes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * MarkdownSpecWriter writer = MarkdownSpecWriter.builder().lineEnding(LineEnding.LF).build();
 * String markdown = writer.write(spec);
 * }</pre>
 */
public final class MarkdownSpecWriter {
    private static final String RULE = "---";
    /** The attribute the parser gives requirements and criteria under a sub-heading. */
    private static final String GROUP = Syntax.GROUP_ATTRIBUTE;

    /** A requirement or criterion: its bullet text, and its cells when written in a table. */
    private record Item(
            String bullet, String idCell, String text, Map<String, String> attributes, Optional<String> marker) {
        Item(String bullet, String idCell, String text, Map<String, String> attributes) {
            this(bullet, idCell, text, attributes, Optional.empty());
        }
    }

    private final Profile profile;
    private final LineEnding lineEnding;
    private final boolean guidanceComments;

    private MarkdownSpecWriter(Builder builder) {
        this.profile = builder.profile;
        this.lineEnding = builder.lineEnding;
        this.guidanceComments = builder.guidanceComments;
    }

    /** A writer with every default: profile chosen per spec, LF line endings, no guidance comments. */
    public static MarkdownSpecWriter create() {
        return builder().build();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The spec as canonical Markdown, ending with one line ending.
     *
     * @throws NullPointerException when {@code spec} is null
     */
    public String write(FeatureSpec spec) {
        StringBuilder out = new StringBuilder(4096);
        try {
            write(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return out.toString();
    }

    /**
     * Appends the spec as canonical Markdown to {@code out}.
     *
     * @throws IOException when {@code out} throws it
     * @throws NullPointerException when an argument is null
     */
    public void write(FeatureSpec spec, Appendable out) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Profile chosen = profile != null ? profile : Profiles.forSpec(spec);
        Language words = spec.language().flatMap(Languages::forCode).orElseGet(Languages::english);
        String document = new Run(spec, chosen, words, guidanceComments).document();
        if (lineEnding == LineEnding.LF) {
            out.append(document);
        } else {
            int from = 0;
            for (int nl = document.indexOf('\n'); nl >= 0; nl = document.indexOf('\n', from)) {
                out.append(document, from, nl).append(lineEnding.chars());
                from = nl + 1;
            }
            out.append(document, from, document.length());
        }
    }

    /** The profile set on the builder, if any; without one the writer chooses per spec. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The line ending written. */
    public LineEnding lineEnding() {
        return lineEnding;
    }

    /** Whether the template's guidance comments are written. */
    public boolean guidanceComments() {
        return guidanceComments;
    }

    /** Builds a {@link MarkdownSpecWriter}; not thread-safe. */
    public static final class Builder {
        private Profile profile;
        private LineEnding lineEnding = LineEnding.LF;
        private boolean guidanceComments;

        private Builder() {}

        /**
         * The profile giving heading levels and {@code *(mandatory)*} markers. Default: none, which
         * means {@code extended} for a spec with any of the four extended sections, else {@code
         * speckit}; {@code null} restores the default.
         */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** The line ending. Default {@link LineEnding#LF}. */
        public Builder lineEnding(LineEnding lineEnding) {
            this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding must not be null");
            return this;
        }

        /**
         * Whether to write the template's HTML guidance comments under the sections that have them.
         * Default {@code false}: the comments are not part of the spec, and a spec read back from
         * output written with them holds them as extra sections.
         */
        public Builder guidanceComments(boolean guidanceComments) {
            this.guidanceComments = guidanceComments;
            return this;
        }

        /** The writer. */
        public MarkdownSpecWriter build() {
            return new MarkdownSpecWriter(this);
        }
    }

    /** One write: collects blocks, separated by blank lines. Not thread-safe, used once. */
    private static final java.util.regex.Pattern DASH_LIST_START =
            java.util.regex.Pattern.compile(" {0,3}-(?:[ \t]|$)", java.util.regex.Pattern.MULTILINE);

    /** The story words of every built-in language: a story label must read back with one of them. */
    private static final class BuiltIn {
        static final Vocabulary VOCABULARY = new Vocabulary(Languages.builtIn(), null);
    }

    private static final class Run {
        private final FeatureSpec spec;
        private final Profile profile;
        private final Language words;
        private final boolean guidance;
        private final Map<Section, String> loose = new EnumMap<>(Section.class);
        private final Map<Section, List<ExtraSection>> headed = new EnumMap<>(Section.class);
        private final StringBuilder out = new StringBuilder(4096);
        /** The bullet of the typed list being written; see {@link #listBefore(Section)}. */
        private String bullet = "- ";

        Run(FeatureSpec spec, Profile profile, Language words, boolean guidance) {
            this.spec = spec;
            this.profile = profile;
            this.words = words;
            this.guidance = guidance;
            for (ExtraSection extra : spec.extraSections()) {
                if (extra.heading().isPresent()) {
                    headed.computeIfAbsent(extra.after(), k -> new ArrayList<>())
                            .add(extra);
                } else {
                    // the model holds one loose extra per section; join any further ones as the parser would
                    loose.merge(extra.after(), normalize(extra.markdown()), (a, b) -> a + "\n\n" + b);
                }
            }
        }

        String document() {
            writeTop();
            writeClarifications();
            writeUserScenarios();
            writeRequirements();
            writeSuccessCriteria();
            writeAssumptions();
            if (out.length() > 0) {
                out.append('\n');
            }
            return out.toString();
        }

        // ---- sections

        private void writeTop() {
            spec.frontMatter().ifPresent(fm -> block("---\n" + normalize(fm) + "\n---"));
            Metadata m = spec.metadata();
            // metadata lines are only metadata under a title, so an untitled spec with metadata gets an empty one
            if (!spec.title().isEmpty()) {
                block("# " + words.canonical(Term.TITLE) + ": " + normalize(spec.title()));
            } else if (!m.isEmpty()) {
                block("# " + words.canonical(Term.TITLE) + ":");
            }
            List<String> lines = new ArrayList<>();
            m.featureBranch()
                    .ifPresent(v -> lines.add(meta(words.canonical(Term.METADATA_FEATURE_BRANCH), "`" + v + "`")));
            m.created().ifPresent(v -> lines.add(meta(words.canonical(Term.METADATA_CREATED), v)));
            m.status().ifPresent(v -> lines.add(meta(words.canonical(Term.METADATA_STATUS), v)));
            m.input().ifPresent(v -> lines.add(meta(words.canonical(Term.METADATA_INPUT), v)));
            m.other().forEach((label, value) -> lines.add(meta(label, value)));
            if (!lines.isEmpty()) {
                block(String.join("  \n", lines));
            }
            extras(Section.METADATA);
        }

        private static String meta(String label, String value) {
            String v = normalize(value);
            return v.isEmpty() ? "**" + label + "**:" : "**" + label + "**: " + v;
        }

        private void writeClarifications() {
            if (spec.clarifications().isEmpty() && !hasExtras(Section.CLARIFICATIONS)) {
                return;
            }
            heading(TemplateSection.CLARIFICATIONS, false);
            listBefore(Section.CLARIFICATIONS);
            String session = words.canonical(Term.HEADING_SESSION);
            // Spec Kit's clarify command writes "Q: … → A: …" in every language, and so do real specs
            String q = "Q";
            String a = "A";
            for (ClarificationSession s : spec.clarifications()) {
                String title = session + " " + normalize(s.date())
                        + s.topic().map(t -> " (" + normalize(t) + ")").orElse("");
                block("#".repeat(childLevel(TemplateSection.CLARIFICATIONS)) + " " + title);
                List<String> items = new ArrayList<>();
                for (Clarification c : s.entries()) {
                    if (c.question().isPresent()) {
                        String label = c.answerLabel().orElse(a);
                        items.add(item(
                                bullet,
                                q + ": " + normalize(c.question().get()) + " → " + label + ": "
                                        + normalize(c.answer())));
                    } else {
                        items.add(item(bullet, normalize(c.answer())));
                    }
                }
                if (!items.isEmpty()) {
                    block(String.join("\n", items));
                }
            }
            extras(Section.CLARIFICATIONS);
        }

        private void writeUserScenarios() {
            boolean stories = !spec.userStories().isEmpty();
            boolean edges = !spec.edgeCases().isEmpty() || hasExtras(Section.EDGE_CASES);
            if (!stories && !edges && !hasExtras(Section.USER_SCENARIOS) && !hasExtras(Section.USER_STORIES)) {
                return;
            }
            heading(TemplateSection.USER_SCENARIOS, true);
            extras(Section.USER_SCENARIOS);
            int storyLevel = childLevel(TemplateSection.USER_SCENARIOS);
            for (UserStory story : spec.userStories()) {
                writeStory(story, storyLevel);
            }
            extras(Section.USER_STORIES);
            if (edges) {
                heading(TemplateSection.EDGE_CASES, true);
                listBefore(Section.EDGE_CASES);
                bullets(spec.edgeCases());
                extras(Section.EDGE_CASES);
            }
        }

        private void writeStory(UserStory story, int level) {
            StringBuilder h = new StringBuilder();
            h.append("#".repeat(level))
                    .append(' ')
                    .append(storyLabel(story))
                    .append(" - ")
                    .append(normalize(story.title()));
            story.priority()
                    .ifPresent(p -> h.append(" (")
                            .append(words.canonical(Term.STORY_PRIORITY))
                            .append(": ")
                            .append(p)
                            .append(')'));
            story.suffix().ifPresent(s -> h.append(' ').append(normalize(s)));
            block(h.toString());
            story.description().ifPresent(d -> block(normalize(d)));
            story.whyThisPriority().ifPresent(t -> block(labelled(words.canonical(Term.LABEL_WHY_THIS_PRIORITY), t)));
            story.independentTest().ifPresent(t -> block(labelled(words.canonical(Term.LABEL_INDEPENDENT_TEST), t)));
            // a list after the scenarios would read as more scenarios: such notes go before them, where
            // a label has already closed the description
            boolean notesFirst = story.notes().isPresent()
                    && !story.acceptanceScenarios().isEmpty()
                    && hasListLine(story.notes().get())
                    && (story.whyThisPriority().isPresent()
                            || story.independentTest().isPresent()
                            || !startsWithParagraph(story.notes().get()));
            if (notesFirst) {
                block(normalize(story.notes().get()));
            }
            if (!story.acceptanceScenarios().isEmpty()) {
                block("**" + words.canonical(Term.LABEL_ACCEPTANCE_SCENARIOS) + "**:");
                if (story.acceptanceScenarios().stream().allMatch(s -> tableRow(s.text()))) {
                    scenarioTable(story.acceptanceScenarios());
                } else {
                    List<String> items = new ArrayList<>();
                    int n = 1;
                    for (AcceptanceScenario s : story.acceptanceScenarios()) {
                        items.add(item(n++ + ". ", normalize(s.text())));
                    }
                    block(String.join("\n", items));
                }
            }
            if (!notesFirst) {
                story.notes().ifPresent(n -> block(normalize(n)));
            }
            block(RULE);
        }

        /**
         * The story's words and number: its {@linkplain UserStory#label() label} as written ({@code
         * US-003}) when the parser reads it back as this story's, a story word of a built-in language and
         * the story's number; else the canonical {@code User Story N}.
         */
        private String storyLabel(UserStory story) {
            String canonical = words.canonical(Term.STORY_WORD) + " " + story.number();
            return story.label()
                    .map(Run::normalize)
                    .filter(label -> Syntax.storyLabel(BuiltIn.VOCABULARY, label, story.number()))
                    .orElse(canonical);
        }

        /**
         * True when {@code markdown} opens with a paragraph, which right after a story's heading or
         * description would read as description.
         */
        private static boolean startsWithParagraph(String markdown) {
            String first = normalize(markdown);
            int nl = first.indexOf('\n');
            first = nl < 0 ? first : first.substring(0, nl);
            return !(hasListLine(first)
                    || first.startsWith(">")
                    || first.startsWith("```")
                    || first.startsWith("~~~")
                    || first.startsWith("<")
                    || first.startsWith("|"));
        }

        /** True when some line of {@code markdown} starts a list item (a bullet or {@code 1.}). */
        private static boolean hasListLine(String markdown) {
            for (String line : markdown.split("\n", -1)) {
                String t = line.stripLeading();
                if (t.length() >= 2 && "-*+".indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == ' ' || t.charAt(1) == '\t')) {
                    return true;
                }
                int i = 0;
                while (i < t.length() && i < 10 && Character.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i > 0
                        && i + 1 < t.length()
                        && (t.charAt(i) == '.' || t.charAt(i) == ')')
                        && t.charAt(i + 1) == ' ') {
                    return true;
                }
            }
            return false;
        }

        /** True when a scenario was read from a table row: one line between pipes. */
        private static boolean tableRow(String text) {
            String t = normalize(text);
            return t.length() >= 2 && t.startsWith("|") && t.endsWith("|") && t.indexOf('\n') < 0;
        }

        /**
         * Scenarios read from a Given/When/Then table: the rows as they are, under a header naming each
         * column's keyword, the parts the first row has in order (Given, When, Then, then And).
         */
        private void scenarioTable(List<AcceptanceScenario> scenarios) {
            AcceptanceScenario first = scenarios.get(0);
            List<String> header = new ArrayList<>();
            first.given().ifPresent(g -> header.add(words.canonical(Term.STEP_GIVEN)));
            first.when().ifPresent(g -> header.add(words.canonical(Term.STEP_WHEN)));
            first.then().ifPresent(g -> header.add(words.canonical(Term.STEP_THEN)));
            first.and().forEach(a -> header.add(words.canonical(Term.STEP_AND)));
            int cells = cellCount(normalize(first.text()));
            List<Term> fallback = List.of(Term.STEP_GIVEN, Term.STEP_WHEN, Term.STEP_THEN);
            for (int i = header.size(); i < cells; i++) {
                header.add(words.canonical(i < fallback.size() ? fallback.get(i) : Term.STEP_AND));
            }
            StringBuilder b = new StringBuilder("|");
            header.forEach(h -> b.append(' ').append(h).append(" |"));
            b.append("\n|");
            header.forEach(h -> b.append("---|"));
            for (AcceptanceScenario s : scenarios) {
                b.append('\n').append(normalize(s.text()));
            }
            block(b.toString());
        }

        private static int cellCount(String row) {
            int pipes = 0;
            for (int i = 0; i < row.length(); i++) {
                if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                    pipes++;
                }
            }
            return Math.max(1, pipes - 1);
        }

        private static String labelled(String label, String text) {
            String t = normalize(text);
            return t.isEmpty() ? "**" + label + "**:" : continued("**" + label + "**: " + t, "");
        }

        private void writeRequirements() {
            boolean fr = !spec.functionalRequirements().isEmpty() || hasExtras(Section.FUNCTIONAL_REQUIREMENTS);
            boolean api = spec.apiContract().isPresent() || hasExtras(Section.API_CONTRACT);
            boolean config = spec.configurationImpact().isPresent() || hasExtras(Section.CONFIGURATION_IMPACT);
            boolean security = spec.securityImpact().isPresent() || hasExtras(Section.SECURITY_IMPACT);
            boolean obs = spec.observability().isPresent() || hasExtras(Section.OBSERVABILITY);
            boolean entities = !spec.keyEntities().isEmpty() || hasExtras(Section.KEY_ENTITIES);
            if (!fr && !api && !config && !security && !obs && !entities && !hasExtras(Section.REQUIREMENTS)) {
                return;
            }
            heading(TemplateSection.REQUIREMENTS, true);
            extras(Section.REQUIREMENTS);
            if (fr) {
                heading(TemplateSection.FUNCTIONAL_REQUIREMENTS, false);
                listBefore(Section.FUNCTIONAL_REQUIREMENTS);
                writeRequirementList(spec.functionalRequirements());
                extras(Section.FUNCTIONAL_REQUIREMENTS);
            }
            if (api) {
                heading(TemplateSection.API_CONTRACT, false);
                listBefore(Section.API_CONTRACT);
                spec.apiContract().ifPresent(s -> statements(s.statements()));
                extras(Section.API_CONTRACT);
            }
            if (config) {
                heading(TemplateSection.CONFIGURATION_IMPACT, false);
                listBefore(Section.CONFIGURATION_IMPACT);
                spec.configurationImpact().ifPresent(s -> statements(s.statements()));
                extras(Section.CONFIGURATION_IMPACT);
            }
            if (security) {
                heading(TemplateSection.SECURITY_IMPACT, false);
                listBefore(Section.SECURITY_IMPACT);
                spec.securityImpact().ifPresent(s -> statements(s.statements()));
                extras(Section.SECURITY_IMPACT);
            }
            if (obs) {
                heading(TemplateSection.OBSERVABILITY, false);
                listBefore(Section.OBSERVABILITY);
                spec.observability().ifPresent(s -> statements(s.statements()));
                extras(Section.OBSERVABILITY);
            }
            if (entities) {
                heading(TemplateSection.KEY_ENTITIES, false);
                listBefore(Section.KEY_ENTITIES);
                List<String> items = new ArrayList<>();
                for (KeyEntity e : spec.keyEntities()) {
                    items.add(item(bullet, entity(normalize(e.name()), normalize(e.description()))));
                }
                if (!items.isEmpty()) {
                    block(String.join("\n", items));
                }
                extras(Section.KEY_ENTITIES);
            }
        }

        /**
         * A key entity's item: {@code **name**: description}, as the template has it, unless the parser
         * would read that back differently (a name holding {@code *} or {@code :}); then the first of
         * {@code __name__: description}, {@code name: description} and a bare {@code name} that it reads
         * back as written.
         */
        private static String entity(String name, String description) {
            String rest = description.isEmpty() ? ":" : ": " + description;
            List<String> candidates =
                    new ArrayList<>(List.of("**" + name + "**" + rest, "__" + name + "__" + rest, name + rest));
            if (description.isEmpty()) {
                candidates.add(name);
            }
            for (String c : candidates) {
                if (readsBackAs(c, name, description)) {
                    return c;
                }
            }
            return candidates.get(0);
        }

        /** True when the parser reads key-entity item {@code text} as {@code name} and {@code description}. */
        private static boolean readsBackAs(String text, String name, String description) {
            return Syntax.keyEntity(text).equals(new KeyEntity(name, description));
        }

        private void writeRequirementList(List<Requirement> requirements) {
            List<Item> items = new ArrayList<>();
            for (Requirement r : requirements) {
                String bullet;
                if (r.id().isPresent()) {
                    String id = r.id().get()
                            + r.label().map(l -> " (" + normalize(l) + ")").orElse("");
                    bullet = "**" + id + "**: " + normalize(r.text());
                } else {
                    bullet = normalize(r.text());
                }
                String idCell =
                        r.id().orElse("") + r.label().map(l -> " (" + l + ")").orElse("");
                items.add(new Item(bullet, idCell, r.text(), r.attributes()));
            }
            writeItems(items, profile.level(TemplateSection.FUNCTIONAL_REQUIREMENTS) + 1);
        }

        private void writeSuccessCriteria() {
            boolean criteria = !spec.successCriteria().isEmpty();
            if (!criteria && !hasExtras(Section.SUCCESS_CRITERIA)) {
                return;
            }
            heading(TemplateSection.SUCCESS_CRITERIA, true);
            if (criteria || loose.containsKey(Section.SUCCESS_CRITERIA)) {
                block("#".repeat(profile.level(TemplateSection.MEASURABLE_OUTCOMES)) + " "
                        + words.canonical(Term.HEADING_MEASURABLE_OUTCOMES));
            }
            listBefore(Section.SUCCESS_CRITERIA);
            List<Item> items = new ArrayList<>();
            for (SuccessCriterion c : spec.successCriteria()) {
                String bullet =
                        c.id().isPresent() ? "**" + c.id().get() + "**: " + normalize(c.text()) : normalize(c.text());
                items.add(new Item(
                        bullet,
                        c.id().orElse(""),
                        c.text(),
                        c.attributes(),
                        c.marker().filter(Syntax::orderedMarker)));
            }
            writeItems(items, profile.level(TemplateSection.MEASURABLE_OUTCOMES) + 1);
            extras(Section.SUCCESS_CRITERIA);
        }

        private void writeAssumptions() {
            if (spec.assumptions().isEmpty() && !hasExtras(Section.ASSUMPTIONS)) {
                return;
            }
            heading(TemplateSection.ASSUMPTIONS, false);
            listBefore(Section.ASSUMPTIONS);
            bullets(spec.assumptions());
            extras(Section.ASSUMPTIONS);
        }

        // ---- blocks

        /** The heading of {@code section}, with its marker, then its guidance comment when asked for. */
        private void heading(TemplateSection section, boolean withGuidance) {
            Optional<ProfileSection> entry = profile.section(section);
            StringBuilder h = new StringBuilder();
            h.append("#".repeat(profile.level(section))).append(' ').append(words.canonical(section.heading()));
            Optional<Marker> marker =
                    entry.flatMap(s -> s.mandatory() && section != TemplateSection.FUNCTIONAL_REQUIREMENTS
                            // the template marks every mandatory section but the one that always has content
                            ? Optional.of(Marker.MANDATORY)
                            : s.marker());
            marker.ifPresent(
                    m -> h.append(" *(").append(words.canonical(m.term())).append(")*"));
            block(h.toString());
            if (guidance && withGuidance) {
                section.guidance().ifPresent(this::block);
            }
        }

        /** The level of the headings inside {@code section}: stories, sessions. */
        private int childLevel(TemplateSection section) {
            return Math.min(6, profile.level(section) + 1);
        }

        /**
         * Chooses the bullet for the typed list of {@code section}. Its loose content is written right
         * after that list, and CommonMark joins two adjacent bullet lists with the same bullet character
         * into one, which would read the loose items back as typed ones; a list whose bullet differs is a
         * new list. So the typed list uses {@code *} when the loose content opens with a {@code -} list,
         * and {@code -} otherwise.
         */
        private void listBefore(Section section) {
            String l = loose.get(section);
            bullet = l != null && DASH_LIST_START.matcher(l).lookingAt() ? "* " : "- ";
        }

        private boolean hasExtras(Section section) {
            return loose.containsKey(section) || headed.containsKey(section);
        }

        private void extras(Section section) {
            String l = loose.get(section);
            if (l != null && !l.isEmpty()) {
                block(l);
            }
            for (ExtraSection extra : headed.getOrDefault(section, List.of())) {
                block("#".repeat(extra.level()) + " "
                        + normalize(extra.heading().orElseThrow()));
                String body = normalize(extra.markdown());
                if (!body.isEmpty()) {
                    block(body);
                }
            }
        }

        private void bullets(List<String> texts) {
            if (texts.isEmpty()) {
                return;
            }
            List<String> items = new ArrayList<>();
            for (String t : texts) {
                items.add(item(bullet, normalize(t)));
            }
            block(String.join("\n", items));
        }

        private void statements(List<Statement> statements) {
            if (statements.isEmpty()) {
                return;
            }
            StringBuilder b = new StringBuilder();
            // explicit stack: the depth of a model built in code is not bounded
            Deque<Object[]> stack = new ArrayDeque<>();
            for (int i = statements.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {statements.get(i), 0});
            }
            while (!stack.isEmpty()) {
                Object[] top = stack.pop();
                Statement s = (Statement) top[0];
                int depth = (Integer) top[1];
                String indent = "  ".repeat(depth);
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(item(indent + bullet, normalize(s.text())));
                List<Statement> children = s.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {children.get(i), depth + 1});
                }
            }
            block(b.toString());
        }

        /**
         * Requirements or criteria: bullets, or a GFM table when any has attributes. A {@value #GROUP}
         * attribute is written as a sub-heading over its run of items, as the parser reads such headings,
         * unless an ungrouped item follows a grouped one (a heading cannot be closed): then it is a column.
         */
        private void writeItems(List<Item> items, int groupLevel) {
            if (items.isEmpty()) {
                return;
            }
            boolean grouped = false;
            boolean headings = true;
            for (Item item : items) {
                boolean has = item.attributes().containsKey(GROUP);
                headings &= has || !grouped;
                grouped |= has;
            }
            if (!grouped || !headings) {
                writeRun(items, false);
                return;
            }
            int from = 0;
            while (from < items.size()) {
                String group = items.get(from).attributes().get(GROUP);
                int to = from + 1;
                while (to < items.size()
                        && Objects.equals(items.get(to).attributes().get(GROUP), group)) {
                    to++;
                }
                if (group != null) {
                    block("#".repeat(Math.min(6, groupLevel)) + " " + normalize(group));
                }
                writeRun(items.subList(from, to), true);
                from = to;
            }
        }

        private void writeRun(List<Item> items, boolean withoutGroup) {
            List<Map<String, String>> attributes = new ArrayList<>();
            for (Item item : items) {
                Map<String, String> a = item.attributes();
                if (withoutGroup && a.containsKey(GROUP)) {
                    a = new java.util.LinkedHashMap<>(a);
                    a.remove(GROUP);
                }
                attributes.add(a);
            }
            if (attributes.stream().allMatch(Map::isEmpty)) {
                List<String> bullets = new ArrayList<>();
                for (Item item : items) {
                    bullets.add(item(item.marker().map(m -> m + " ").orElse(bullet), item.bullet()));
                }
                block(String.join("\n", bullets));
                return;
            }
            Set<String> columns = new LinkedHashSet<>();
            attributes.forEach(a -> columns.addAll(a.keySet()));
            StringBuilder b = new StringBuilder();
            b.append("| ID | Description |");
            columns.forEach(c -> b.append(' ').append(cell(c)).append(" |"));
            b.append("\n|----|-------------|");
            columns.forEach(c -> b.append("---|"));
            for (int i = 0; i < items.size(); i++) {
                b.append("\n| ")
                        .append(cell(items.get(i).idCell()))
                        .append(" | ")
                        .append(cell(items.get(i).text()))
                        .append(" |");
                Map<String, String> a = attributes.get(i);
                for (String c : columns) {
                    b.append(' ').append(cell(a.getOrDefault(c, ""))).append(" |");
                }
            }
            block(b.toString());
        }

        private static String cell(String text) {
            String t = normalize(text).replace("\n", " ");
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '|' && (i == 0 || t.charAt(i - 1) != '\\')) {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.toString();
        }

        private void block(String text) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }

        // ---- text

        /**
         * A list item: {@code marker} then the text, its further lines indented to the item's content
         * column. The text goes in as it is: whatever Markdown it holds (a nested list, a quote) stays
         * inside the item, and the parser reads the item's content back as written.
         */
        private static String item(String marker, String text) {
            String indent = " ".repeat(marker.length());
            int nl = text.indexOf('\n');
            if (nl < 0) {
                return marker + text;
            }
            StringBuilder b = new StringBuilder(text.length() + 16);
            b.append(marker).append(text, 0, nl);
            for (String line : text.substring(nl + 1).split("\n", -1)) {
                b.append('\n');
                if (!line.isBlank()) {
                    b.append(indent).append(line);
                }
            }
            return b.toString();
        }

        /**
         * {@code text} with every line after the first indented by {@code indent}, and escaped where it
         * would start a block and so end the paragraph the text belongs to.
         */
        private static String continued(String text, String indent) {
            int nl = text.indexOf('\n');
            if (nl < 0) {
                return text;
            }
            StringBuilder b = new StringBuilder(text.length() + 16);
            b.append(text, 0, nl);
            int from = nl + 1;
            while (true) {
                int next = text.indexOf('\n', from);
                String line = next < 0 ? text.substring(from) : text.substring(from, next);
                b.append('\n');
                if (!line.isBlank()) {
                    b.append(indent).append(escapeLine(line));
                }
                if (next < 0) {
                    return b.toString();
                }
                from = next + 1;
            }
        }

        /** {@code line} with a backslash before its first non-blank character when it would start a block. */
        private static String escapeLine(String line) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i == 0 ? LineStarts.escape(line) : line.substring(0, i) + LineStarts.escape(line.substring(i));
        }

        /** Text with CRLF and CR made LF and surrounding blank lines removed. */
        private static String normalize(String text) {
            String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
            return t.strip();
        }
    }
}
