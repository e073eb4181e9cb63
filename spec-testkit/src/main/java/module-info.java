/** Test support shared by the featurespec modules. Not for production use. */
module dev.featurespec.testkit {
    requires transitive dev.featurespec.model;
    requires transitive org.junit.jupiter.api;

    exports dev.featurespec.testkit;
}
