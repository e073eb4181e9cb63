/**
 * The featurespec model: immutable records for Spec Kit feature specifications and the documents beside
 * them in a feature folder (tasks, checklists), the rules and diagnostics every featurespec tool
 * reports, Bean Validation constraints over the records, and the template (sections, languages,
 * profiles) the parser, the writer and the constraints share.
 * Depends only on {@code jakarta.validation} and {@code jackson-annotations}.
 */
module dev.featurespec.model {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.annotation;
    // only to keep a Bean Validation provider's start-up announcement quiet (SpecValidator)
    requires java.logging;

    exports dev.featurespec.model;
    exports dev.featurespec.model.diagnostic;
    exports dev.featurespec.model.validation;
    exports dev.featurespec.model.template;
    exports dev.featurespec.model.document;
    exports dev.featurespec.model.tasks;
    exports dev.featurespec.model.checklist;
    // the syntax rules the parser and the writer share; not API
    exports dev.featurespec.model.template.internal to
            dev.featurespec.parser,
            dev.featurespec.writer;

    // records are read reflectively by Jackson and by any Bean Validation provider
    opens dev.featurespec.model;
    opens dev.featurespec.model.diagnostic;
    opens dev.featurespec.model.validation;
    opens dev.featurespec.model.document;
    opens dev.featurespec.model.tasks;
    opens dev.featurespec.model.checklist;
}
