package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.featurespec.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The model's annotations are read the same by Jackson 3 and Jackson 2. */
class JacksonCompatibilityTest {
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new Jdk8Module())
                    // Jackson 3's default; Jackson 2 escapes surrogate pairs without it
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .build();

    @Test
    void jackson2AndJackson3WriteIdenticalBytes() throws Exception {
        FeatureSpec spec = Fixtures.everyField();
        byte[] three = JACKSON3.writeValueAsBytes(spec);
        byte[] two = JACKSON2.writeValueAsBytes(spec);
        assertThat(new String(two, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(three, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void bothReadTheirOutputBackEqual() throws Exception {
        FeatureSpec spec = Fixtures.everyField();
        String json = JACKSON3.writeValueAsString(spec);
        assertThat(JACKSON3.readValue(json, FeatureSpec.class)).isEqualTo(spec);
        assertThat(JACKSON2.readValue(json, FeatureSpec.class)).isEqualTo(spec);
    }

    @Test
    void formatVersionComesFirstAndDerivedFieldsAreWritten() {
        String json = JACKSON3.writeValueAsString(Fixtures.everyField());
        assertThat(json).startsWith("{\"formatVersion\":1,\"title\":\"Fix VRAM OOM\"");
        assertThat(json).contains("\"level\":\"MUST\"", "\"clarificationsNeeded\":[\"before or after save?\"]");
        // everyField()'s second statement nests a third holding `409`
        assertThat(json)
                .contains("\"endpoints\":[\"POST /api/jobs\",\"GET /api/jobs/{id}\"]", "\"statusCodes\":[202,409]");
        assertThat(json).contains("\"taskStates\":[\"pending\",\"done\",\"failed\"]");
    }

    @Test
    void emptyListsAndAbsentOptionalsAreOmittedAndReadBackEqual() {
        FeatureSpec empty = FeatureSpec.builder("Empty").build();
        String json = JACKSON3.writeValueAsString(empty);
        assertThat(json).isEqualTo("{\"formatVersion\":1,\"title\":\"Empty\"}");
        assertThat(JACKSON3.readValue(json, FeatureSpec.class)).isEqualTo(empty);
    }
}
