package dev.featurespec.cli.internal;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiChange;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one model element with a streaming generator, in the shape the featurespec JSON format gives
 * it ({@code featurespec-1.schema.json}'s {@code $defs}): the same property order, empty optional values
 * and lists left out, derived values included. The diff schema refers to those definitions, so the tests
 * check this shape against the model's schema.
 */
final class ElementJson {
    private ElementJson() {}

    static void write(JsonGenerator g, Object value) {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof UserStory s) {
            story(g, s);
        } else if (value instanceof AcceptanceScenario s) {
            scenario(g, s);
        } else if (value instanceof Requirement r) {
            requirement(g, r);
        } else if (value instanceof SuccessCriterion c) {
            criterion(g, c);
        } else if (value instanceof KeyEntity e) {
            g.writeStartObject();
            g.writeStringProperty("name", e.name());
            g.writeStringProperty("description", e.description());
            g.writeEndObject();
        } else if (value instanceof Statement s) {
            statement(g, s);
        } else if (value instanceof ApiContractSection s) {
            api(g, s);
        } else if (value instanceof ImpactSection s) {
            g.writeStartObject();
            statements(g, s.statements(), true);
            g.writeEndObject();
        } else if (value instanceof ObservabilitySection s) {
            g.writeStartObject();
            statements(g, s.statements(), true);
            strings(g, "taskStates", s.taskStates());
            g.writeEndObject();
        } else if (value instanceof ClarificationSession s) {
            session(g, s);
        } else if (value instanceof Clarification c) {
            clarification(g, c);
        } else if (value instanceof ExtraSection x) {
            extra(g, x);
        } else {
            throw new IllegalArgumentException(
                    "not a spec element: " + value.getClass().getName());
        }
    }

    private static void story(JsonGenerator g, UserStory s) {
        g.writeStartObject();
        g.writeNumberProperty("number", s.number());
        g.writeStringProperty("title", s.title());
        optional(g, "priority", s.priority().map(Object::toString));
        optional(g, "suffix", s.suffix());
        optional(g, "description", s.description());
        optional(g, "whyThisPriority", s.whyThisPriority());
        optional(g, "independentTest", s.independentTest());
        if (!s.acceptanceScenarios().isEmpty()) {
            g.writeArrayPropertyStart("acceptanceScenarios");
            s.acceptanceScenarios().forEach(a -> scenario(g, a));
            g.writeEndArray();
        }
        optional(g, "notes", s.notes());
        optional(g, "label", s.label());
        g.writeEndObject();
    }

    private static void scenario(JsonGenerator g, AcceptanceScenario s) {
        g.writeStartObject();
        optional(g, "given", s.given());
        optional(g, "when", s.when());
        optional(g, "then", s.then());
        strings(g, "and", s.and());
        g.writeStringProperty("text", s.text());
        g.writeEndObject();
    }

    private static void requirement(JsonGenerator g, Requirement r) {
        g.writeStartObject();
        optional(g, "id", r.id());
        optional(g, "label", r.label());
        g.writeStringProperty("text", r.text());
        optional(g, "level", r.level().map(l -> l.keyword()));
        strings(g, "clarificationsNeeded", r.clarificationsNeeded());
        map(g, "attributes", r.attributes());
        g.writeEndObject();
    }

    private static void criterion(JsonGenerator g, SuccessCriterion c) {
        g.writeStartObject();
        optional(g, "id", c.id());
        g.writeStringProperty("text", c.text());
        map(g, "attributes", c.attributes());
        optional(g, "marker", c.marker());
        g.writeEndObject();
    }

    private static void statement(JsonGenerator g, Statement s) {
        g.writeStartObject();
        g.writeStringProperty("text", s.text());
        statements(g, s.children(), false);
        g.writeEndObject();
    }

    /** {@code statements} (a section's, always written) or {@code children} (a statement's, when any). */
    private static void statements(JsonGenerator g, List<Statement> list, boolean section) {
        if (!section && list.isEmpty()) {
            return;
        }
        g.writeArrayPropertyStart(section ? "statements" : "children");
        list.forEach(s -> statement(g, s));
        g.writeEndArray();
    }

    private static void api(JsonGenerator g, ApiContractSection s) {
        g.writeStartObject();
        statements(g, s.statements(), true);
        strings(g, "endpoints", s.endpoints());
        if (!s.statusCodes().isEmpty()) {
            g.writeArrayPropertyStart("statusCodes");
            s.statusCodes().forEach(g::writeNumber);
            g.writeEndArray();
        }
        if (!s.changes().isEmpty()) {
            g.writeArrayPropertyStart("changes");
            for (ApiChange c : s.changes()) {
                g.writeStartObject();
                g.writeStringProperty("statement", c.statement());
                g.writeStringProperty("compatibility", c.compatibility().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void session(JsonGenerator g, ClarificationSession s) {
        g.writeStartObject();
        g.writeStringProperty("date", s.date());
        optional(g, "topic", s.topic());
        if (!s.entries().isEmpty()) {
            g.writeArrayPropertyStart("entries");
            s.entries().forEach(c -> clarification(g, c));
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void clarification(JsonGenerator g, Clarification c) {
        g.writeStartObject();
        optional(g, "question", c.question());
        g.writeStringProperty("answer", c.answer());
        optional(g, "answerLabel", c.answerLabel());
        g.writeEndObject();
    }

    private static void extra(JsonGenerator g, ExtraSection x) {
        g.writeStartObject();
        optional(g, "heading", x.heading());
        g.writeNumberProperty("level", x.level());
        g.writeStringProperty("markdown", x.markdown());
        g.writeStringProperty("after", x.after().key());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeArrayPropertyStart(name);
            values.forEach(g::writeString);
            g.writeEndArray();
        }
    }

    private static void map(JsonGenerator g, String name, Map<String, String> values) {
        if (!values.isEmpty()) {
            g.writeObjectPropertyStart(name);
            values.forEach(g::writeStringProperty);
            g.writeEndObject();
        }
    }
}
