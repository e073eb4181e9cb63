package dev.featurespec.writer.json;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiChange;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.RequirementLevel;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks a {@link FeatureSpec} and sends its tree to a {@link TreeSink}, in the order and with the
 * omissions the format documents ({@code docs/format.md}) and the model's Jackson annotations declare,
 * so that the tree equals what a Jackson mapper of the user's makes of the same spec:
 *
 * <ul>
 *   <li>properties in {@code @JsonPropertyOrder} order, {@code formatVersion} first;
 *   <li>an absent optional value, an empty list or map, and empty metadata are left out; a present
 *       optional value is written even when it is the empty string;
 *   <li>{@code @JsonInclude(ALWAYS)} values (title, story number and title, texts, statements, …) are
 *       always written;
 *   <li>derived values ({@code level}, {@code clarificationsNeeded}, {@code endpoints}, {@code
 *       statusCodes}, {@code changes}, {@code taskStates}) are written, when not empty, after what they
 *       derive from.
 * </ul>
 *
 * <p>A spec nested deeper than {@link #MAX_DEPTH} objects and arrays (only statements can be) is
 * refused with an {@link IllegalStateException}, before the recursion could exhaust the stack.
 *
 * <p>{@code DatabindEquivalenceTest} holds this walk to a jackson-databind mapper on every golden case, the corpus
 * and generated specs. One per document.
 */
final class TreeWriter {
    /**
     * The deepest nesting of objects and arrays written, as Jackson's generators allow by default: only
     * statements nest without bound, and a reader refuses deeper documents anyway.
     */
    static final int MAX_DEPTH = 500;

    private final TreeSink out;
    private int depth;

    TreeWriter(TreeSink out) {
        this.out = out;
    }

    void spec(FeatureSpec spec) {
        startObject();
        out.name(Key.FORMAT_VERSION);
        out.number(spec.formatVersion());
        string(Key.TITLE, spec.title());
        optional(Key.LANGUAGE, spec.language());
        optional(Key.FRONT_MATTER, spec.frontMatter());
        if (!spec.metadata().isEmpty()) {
            out.name(Key.METADATA);
            metadata(spec.metadata());
        }
        list(Key.USER_STORIES, spec.userStories(), this::story);
        strings(Key.EDGE_CASES, spec.edgeCases());
        list(Key.FUNCTIONAL_REQUIREMENTS, spec.functionalRequirements(), this::requirement);
        list(Key.KEY_ENTITIES, spec.keyEntities(), this::keyEntity);
        list(Key.SUCCESS_CRITERIA, spec.successCriteria(), this::criterion);
        spec.apiContract().ifPresent(section -> {
            out.name(Key.API_CONTRACT);
            apiContract(section);
        });
        impact(Key.CONFIGURATION_IMPACT, spec.configurationImpact());
        impact(Key.SECURITY_IMPACT, spec.securityImpact());
        spec.observability().ifPresent(section -> {
            out.name(Key.OBSERVABILITY);
            observability(section);
        });
        strings(Key.ASSUMPTIONS, spec.assumptions());
        list(Key.CLARIFICATIONS, spec.clarifications(), this::session);
        list(Key.EXTRA_SECTIONS, spec.extraSections(), this::extra);
        if (!spec.presentation().isEmpty()) {
            out.name(Key.PRESENTATION);
            presentation(spec.presentation());
        }
        endObject();
    }

    private void presentation(Presentation p) {
        startObject();
        list(Key.HEADINGS, p.headings(), this::heading);
        map(Key.WORDS, p.words());
        endObject();
    }

    private void heading(Presentation.Heading h) {
        startObject();
        string(Key.SECTION, h.section().key());
        out.name(Key.LEVEL);
        out.number(h.level());
        if (!h.text().isEmpty()) {
            string(Key.TEXT, h.text());
        }
        endObject();
    }

    private void metadata(Metadata m) {
        startObject();
        optional(Key.FEATURE_BRANCH, m.featureBranch());
        optional(Key.CREATED, m.created());
        optional(Key.STATUS, m.status());
        optional(Key.INPUT, m.input());
        map(Key.OTHER, m.other());
        endObject();
    }

    private void story(UserStory s) {
        startObject();
        out.name(Key.NUMBER);
        out.number(s.number());
        string(Key.TITLE, s.title());
        s.priority().ifPresent(p -> string(Key.PRIORITY, p.toString()));
        optional(Key.SUFFIX, s.suffix());
        optional(Key.DESCRIPTION, s.description());
        optional(Key.WHY_THIS_PRIORITY, s.whyThisPriority());
        optional(Key.INDEPENDENT_TEST, s.independentTest());
        list(Key.ACCEPTANCE_SCENARIOS, s.acceptanceScenarios(), this::scenario);
        optional(Key.NOTES, s.notes());
        optional(Key.LABEL, s.label());
        endObject();
    }

    private void scenario(AcceptanceScenario s) {
        startObject();
        optional(Key.GIVEN, s.given());
        optional(Key.WHEN, s.when());
        optional(Key.THEN, s.then());
        strings(Key.AND, s.and());
        string(Key.TEXT, s.text());
        endObject();
    }

    private void requirement(Requirement r) {
        startObject();
        optional(Key.ID, r.id());
        optional(Key.LABEL, r.label());
        string(Key.TEXT, r.text());
        Optional<RequirementLevel> level = r.level();
        level.ifPresent(l -> string(Key.LEVEL, l.keyword()));
        strings(Key.CLARIFICATIONS_NEEDED, r.clarificationsNeeded());
        map(Key.ATTRIBUTES, r.attributes());
        endObject();
    }

    private void keyEntity(KeyEntity e) {
        startObject();
        string(Key.NAME, e.name());
        string(Key.DESCRIPTION, e.description());
        endObject();
    }

    private void criterion(SuccessCriterion c) {
        startObject();
        optional(Key.ID, c.id());
        string(Key.TEXT, c.text());
        map(Key.ATTRIBUTES, c.attributes());
        optional(Key.MARKER, c.marker());
        endObject();
    }

    private void apiContract(ApiContractSection a) {
        startObject();
        statements(a.statements());
        strings(Key.ENDPOINTS, a.endpoints());
        List<Integer> codes = a.statusCodes();
        if (!codes.isEmpty()) {
            out.name(Key.STATUS_CODES);
            startArray();
            for (int code : codes) {
                out.number(code);
            }
            endArray();
        }
        list(Key.CHANGES, a.changes(), this::change);
        endObject();
    }

    private void change(ApiChange c) {
        startObject();
        string(Key.STATEMENT, c.statement());
        string(Key.COMPATIBILITY, c.compatibility().name());
        endObject();
    }

    private void impact(Key name, Optional<ImpactSection> section) {
        if (section.isPresent()) {
            out.name(name);
            startObject();
            statements(section.get().statements());
            endObject();
        }
    }

    private void observability(ObservabilitySection o) {
        startObject();
        statements(o.statements());
        strings(Key.TASK_STATES, o.taskStates());
        endObject();
    }

    /** {@code statements}, always written, even when empty. */
    private void statements(List<Statement> statements) {
        out.name(Key.STATEMENTS);
        startArray();
        statements.forEach(this::statement);
        endArray();
    }

    private void statement(Statement s) {
        startObject();
        string(Key.TEXT, s.text());
        list(Key.CHILDREN, s.children(), this::statement);
        endObject();
    }

    private void session(ClarificationSession s) {
        startObject();
        string(Key.DATE, s.date());
        optional(Key.TOPIC, s.topic());
        list(Key.ENTRIES, s.entries(), this::clarification);
        endObject();
    }

    private void clarification(Clarification c) {
        startObject();
        optional(Key.QUESTION, c.question());
        string(Key.ANSWER, c.answer());
        optional(Key.ANSWER_LABEL, c.answerLabel());
        endObject();
    }

    private void extra(ExtraSection e) {
        startObject();
        optional(Key.HEADING, e.heading());
        out.name(Key.LEVEL);
        out.number(e.level());
        string(Key.MARKDOWN, e.markdown());
        Section after = e.after();
        string(Key.AFTER, after.key());
        endObject();
    }

    private void startObject() {
        enter();
        out.startObject();
    }

    private void startArray() {
        enter();
        out.startArray();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalStateException("cannot write spec: its statements nest deeper than the limit of "
                    + MAX_DEPTH + " objects and arrays");
        }
    }

    private void endObject() {
        depth--;
        out.endObject();
    }

    private void endArray() {
        depth--;
        out.endArray();
    }

    private void string(Key name, String value) {
        out.name(name);
        out.string(value);
    }

    private void optional(Key name, Optional<String> value) {
        if (value.isPresent()) {
            string(name, value.get());
        }
    }

    private void strings(Key name, List<String> values) {
        if (!values.isEmpty()) {
            out.name(name);
            startArray();
            for (String v : values) {
                out.string(v);
            }
            endArray();
        }
    }

    private <T> void list(Key name, List<T> values, Consumer<T> element) {
        if (!values.isEmpty()) {
            out.name(name);
            startArray();
            for (T v : values) {
                element.accept(v);
            }
            endArray();
        }
    }

    private void map(Key name, Map<String, String> values) {
        if (!values.isEmpty()) {
            out.name(name);
            startObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                out.name(e.getKey());
                out.string(e.getValue());
            }
            endObject();
        }
    }
}
