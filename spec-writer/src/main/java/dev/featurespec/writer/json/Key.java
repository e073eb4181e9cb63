package dev.featurespec.writer.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Every fixed key of the featurespec tree, each encoded for JSON once ({@link #json()}): the JSON
 * generator copies a pre-quoted name instead of checking each character of it on every write.
 */
enum Key {
    FORMAT_VERSION("formatVersion"),
    TITLE("title"),
    LANGUAGE("language"),
    FRONT_MATTER("frontMatter"),
    METADATA("metadata"),
    USER_STORIES("userStories"),
    EDGE_CASES("edgeCases"),
    FUNCTIONAL_REQUIREMENTS("functionalRequirements"),
    KEY_ENTITIES("keyEntities"),
    SUCCESS_CRITERIA("successCriteria"),
    API_CONTRACT("apiContract"),
    CONFIGURATION_IMPACT("configurationImpact"),
    SECURITY_IMPACT("securityImpact"),
    OBSERVABILITY("observability"),
    ASSUMPTIONS("assumptions"),
    CLARIFICATIONS("clarifications"),
    EXTRA_SECTIONS("extraSections"),
    FEATURE_BRANCH("featureBranch"),
    CREATED("created"),
    STATUS("status"),
    INPUT("input"),
    OTHER("other"),
    NUMBER("number"),
    PRIORITY("priority"),
    SUFFIX("suffix"),
    DESCRIPTION("description"),
    WHY_THIS_PRIORITY("whyThisPriority"),
    INDEPENDENT_TEST("independentTest"),
    ACCEPTANCE_SCENARIOS("acceptanceScenarios"),
    NOTES("notes"),
    LABEL("label"),
    GIVEN("given"),
    WHEN("when"),
    THEN("then"),
    AND("and"),
    TEXT("text"),
    ID("id"),
    LEVEL("level"),
    CLARIFICATIONS_NEEDED("clarificationsNeeded"),
    ATTRIBUTES("attributes"),
    NAME("name"),
    MARKER("marker"),
    ENDPOINTS("endpoints"),
    STATUS_CODES("statusCodes"),
    CHANGES("changes"),
    STATEMENT("statement"),
    COMPATIBILITY("compatibility"),
    TASK_STATES("taskStates"),
    STATEMENTS("statements"),
    CHILDREN("children"),
    DATE("date"),
    TOPIC("topic"),
    ENTRIES("entries"),
    QUESTION("question"),
    ANSWER("answer"),
    ANSWER_LABEL("answerLabel"),
    HEADING("heading"),
    MARKDOWN("markdown"),
    AFTER("after"),
    PRESENTATION("presentation"),
    HEADINGS("headings"),
    SECTION("section"),
    WORDS("words");

    private final String text;
    private final SerializableString json;

    Key(String text) {
        this.text = text;
        this.json = new SerializedString(text);
    }

    /** The key as written. */
    String text() {
        return text;
    }

    /** The key, encoded for Jackson's generator. */
    SerializableString json() {
        return json;
    }
}
