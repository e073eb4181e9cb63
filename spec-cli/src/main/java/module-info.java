/** The featurespec command: validate, convert, format and scaffold Spec Kit feature specifications. */
module dev.featurespec.cli {
    requires dev.featurespec.model;
}
