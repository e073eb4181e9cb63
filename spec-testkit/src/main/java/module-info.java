/** Test support shared by the featurespec modules. Not for production use. */
module dev.featurespec.testkit {
    requires transitive dev.featurespec.model;
    requires transitive org.junit.jupiter.api;
    requires com.networknt.schema;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports dev.featurespec.testkit;
}
