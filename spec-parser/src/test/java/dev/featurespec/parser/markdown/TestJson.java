package dev.featurespec.parser.markdown;

import dev.featurespec.model.FeatureSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The test-local JSON form of a spec, until the project's JSON writer exists. */
final class TestJson {
    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TestJson() {}

    static String write(FeatureSpec spec) {
        return MAPPER.writeValueAsString(spec).replace("\r\n", "\n") + "\n";
    }
}
