package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code featurespec schema}: the JSON Schema of the JSON and YAML format. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema of featurespec's JSON and YAML format.")
public final class SchemaCommand implements Callable<Integer> {
    /** Where the committed schema lives, beside the model. */
    public static final String RESOURCE = "/dev/featurespec/model/featurespec.schema.json";

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    /** Used by picocli. */
    public SchemaCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema;
        try (InputStream in = FeatureSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CliException("the JSON Schema resource " + RESOURCE + " is missing from this build");
            }
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read the JSON Schema resource: " + IoErrors.reason(e), e);
        }
        out.print(schema);
        if (!schema.endsWith("\n")) {
            out.println();
        }
        Output.flush(out, Output.STDOUT);
        return 0;
    }
}
