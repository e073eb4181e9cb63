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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code featurespec schema}: the JSON Schema of the JSON and YAML format; {@code schema --diff}: the one
 * of {@code diff --format json}.
 */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the JSON Schema of featurespec's JSON and YAML format,",
            "or with --diff the one of 'diff --format json' (which refers to the first)."
        })
public final class SchemaCommand implements Callable<Integer> {
    /** Where the committed schema lives, beside the model. */
    public static final String RESOURCE = "/dev/featurespec/model/featurespec.schema.json";

    /** Where the schema of {@code diff --format json} lives, beside the command. */
    public static final String DIFF_RESOURCE = "/dev/featurespec/cli/featurespec-diff.schema.json";

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--diff", description = "Print the schema of 'diff --format json' instead.")
    boolean diff;

    /** Used by picocli. */
    public SchemaCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String resource = diff ? DIFF_RESOURCE : RESOURCE;
        String schema;
        try (InputStream in = (diff ? SchemaCommand.class : FeatureSpec.class).getResourceAsStream(resource)) {
            if (in == null) {
                throw new CliException("the JSON Schema resource " + resource + " is missing from this build");
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
