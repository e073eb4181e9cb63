package dev.featurespec.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command in-process and captures what it prints. */
public final class Cli {
    /**
     * The outcome of one run.
     *
     * @param exit the exit code
     * @param out what went to stdout
     * @param err what went to stderr
     */
    public record Run(int exit, String out, String err) {}

    private Cli() {}

    /** Runs {@code featurespec args…}. */
    public static Run run(String... args) {
        CommandLine cl = FeatureSpecCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs {@code featurespec args…} with {@code out} as standard output; {@link Run#out()} is empty. */
    public static Run runWithOut(PrintWriter out, String... args) {
        CommandLine cl = FeatureSpecCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(out);
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, "", err.toString());
    }

    /** Runs {@code featurespec args…} with {@code stdin} as standard input. */
    public static synchronized Run runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }
}
