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
 * <p>{@code TreeWriterTest} holds this walk to a jackson-databind mapper on every golden case, the corpus
 * and generated specs. Stateless.
 */
final class TreeWriter {
    private final TreeSink out;

    TreeWriter(TreeSink out) {
        this.out = out;
    }

    void spec(FeatureSpec spec) {
        out.startObject();
        out.name("formatVersion");
        out.number(spec.formatVersion());
        string("title", spec.title());
        optional("language", spec.language());
        optional("frontMatter", spec.frontMatter());
        if (!spec.metadata().isEmpty()) {
            out.name("metadata");
            metadata(spec.metadata());
        }
        list("userStories", spec.userStories(), this::story);
        strings("edgeCases", spec.edgeCases());
        list("functionalRequirements", spec.functionalRequirements(), this::requirement);
        list("keyEntities", spec.keyEntities(), this::keyEntity);
        list("successCriteria", spec.successCriteria(), this::criterion);
        spec.apiContract().ifPresent(section -> {
            out.name("apiContract");
            apiContract(section);
        });
        impact("configurationImpact", spec.configurationImpact());
        impact("securityImpact", spec.securityImpact());
        spec.observability().ifPresent(section -> {
            out.name("observability");
            observability(section);
        });
        strings("assumptions", spec.assumptions());
        list("clarifications", spec.clarifications(), this::session);
        list("extraSections", spec.extraSections(), this::extra);
        out.endObject();
    }

    private void metadata(Metadata m) {
        out.startObject();
        optional("featureBranch", m.featureBranch());
        optional("created", m.created());
        optional("status", m.status());
        optional("input", m.input());
        map("other", m.other());
        out.endObject();
    }

    private void story(UserStory s) {
        out.startObject();
        out.name("number");
        out.number(s.number());
        string("title", s.title());
        s.priority().ifPresent(p -> string("priority", p.toString()));
        optional("suffix", s.suffix());
        optional("description", s.description());
        optional("whyThisPriority", s.whyThisPriority());
        optional("independentTest", s.independentTest());
        list("acceptanceScenarios", s.acceptanceScenarios(), this::scenario);
        optional("notes", s.notes());
        optional("label", s.label());
        out.endObject();
    }

    private void scenario(AcceptanceScenario s) {
        out.startObject();
        optional("given", s.given());
        optional("when", s.when());
        optional("then", s.then());
        strings("and", s.and());
        string("text", s.text());
        out.endObject();
    }

    private void requirement(Requirement r) {
        out.startObject();
        optional("id", r.id());
        optional("label", r.label());
        string("text", r.text());
        Optional<RequirementLevel> level = r.level();
        level.ifPresent(l -> string("level", l.keyword()));
        strings("clarificationsNeeded", r.clarificationsNeeded());
        map("attributes", r.attributes());
        out.endObject();
    }

    private void keyEntity(KeyEntity e) {
        out.startObject();
        string("name", e.name());
        string("description", e.description());
        out.endObject();
    }

    private void criterion(SuccessCriterion c) {
        out.startObject();
        optional("id", c.id());
        string("text", c.text());
        map("attributes", c.attributes());
        optional("marker", c.marker());
        out.endObject();
    }

    private void apiContract(ApiContractSection a) {
        out.startObject();
        statements(a.statements());
        strings("endpoints", a.endpoints());
        List<Integer> codes = a.statusCodes();
        if (!codes.isEmpty()) {
            out.name("statusCodes");
            out.startArray();
            for (int code : codes) {
                out.number(code);
            }
            out.endArray();
        }
        list("changes", a.changes(), this::change);
        out.endObject();
    }

    private void change(ApiChange c) {
        out.startObject();
        string("statement", c.statement());
        string("compatibility", c.compatibility().name());
        out.endObject();
    }

    private void impact(String name, Optional<ImpactSection> section) {
        if (section.isPresent()) {
            out.name(name);
            out.startObject();
            statements(section.get().statements());
            out.endObject();
        }
    }

    private void observability(ObservabilitySection o) {
        out.startObject();
        statements(o.statements());
        strings("taskStates", o.taskStates());
        out.endObject();
    }

    /** {@code statements}, always written, even when empty. */
    private void statements(List<Statement> statements) {
        out.name("statements");
        out.startArray();
        statements.forEach(this::statement);
        out.endArray();
    }

    private void statement(Statement s) {
        out.startObject();
        string("text", s.text());
        list("children", s.children(), this::statement);
        out.endObject();
    }

    private void session(ClarificationSession s) {
        out.startObject();
        string("date", s.date());
        optional("topic", s.topic());
        list("entries", s.entries(), this::clarification);
        out.endObject();
    }

    private void clarification(Clarification c) {
        out.startObject();
        optional("question", c.question());
        string("answer", c.answer());
        optional("answerLabel", c.answerLabel());
        out.endObject();
    }

    private void extra(ExtraSection e) {
        out.startObject();
        optional("heading", e.heading());
        out.name("level");
        out.number(e.level());
        string("markdown", e.markdown());
        Section after = e.after();
        string("after", after.key());
        out.endObject();
    }

    private void string(String name, String value) {
        out.name(name);
        out.string(value);
    }

    private void optional(String name, Optional<String> value) {
        if (value.isPresent()) {
            string(name, value.get());
        }
    }

    private void strings(String name, List<String> values) {
        if (!values.isEmpty()) {
            out.name(name);
            out.startArray();
            for (String v : values) {
                out.string(v);
            }
            out.endArray();
        }
    }

    private <T> void list(String name, List<T> values, Consumer<T> element) {
        if (!values.isEmpty()) {
            out.name(name);
            out.startArray();
            for (T v : values) {
                element.accept(v);
            }
            out.endArray();
        }
    }

    private void map(String name, Map<String, String> values) {
        if (!values.isEmpty()) {
            out.name(name);
            out.startObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                string(e.getKey(), e.getValue());
            }
            out.endObject();
        }
    }
}
