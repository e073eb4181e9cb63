/**
 * A Spec Kit feature folder read as a whole ({@code spec.md}, {@code tasks.md}, {@code checklists/*.md},
 * {@code plan.md}) and the deterministic traceability analysis over it: which stories and requirements
 * tasks cite, cover or miss, and what does not fit. {@link dev.featurespec.folder.FeatureFolder} reads a
 * folder; {@link dev.featurespec.folder.Traceability} analyses it.
 */
module dev.featurespec.folder {
    requires transitive dev.featurespec.model;
    requires transitive dev.featurespec.parser;
    requires org.commonmark;

    exports dev.featurespec.folder;
}
