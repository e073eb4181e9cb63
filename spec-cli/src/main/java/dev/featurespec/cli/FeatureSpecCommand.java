package dev.featurespec.cli;

import dev.featurespec.cli.internal.AnalyzeCommand;
import dev.featurespec.cli.internal.CliException;
import dev.featurespec.cli.internal.ConvertCommand;
import dev.featurespec.cli.internal.DiffCommand;
import dev.featurespec.cli.internal.FmtCommand;
import dev.featurespec.cli.internal.NewCommand;
import dev.featurespec.cli.internal.Preload;
import dev.featurespec.cli.internal.SchemaCommand;
import dev.featurespec.cli.internal.ValidateCommand;
import dev.featurespec.cli.internal.VersionProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code featurespec} command. {@code main} runs it as a process; tests and tools embed it with
 * picocli:
 *
 * <pre>{@code
 * int exit = FeatureSpecCommand.commandLine().execute("validate", "specs/");
 * }</pre>
 *
 * Exit codes: {@value #OK} no errors, {@value #FINDINGS} errors found (or {@code fmt --check} would
 * change a file), {@value #USAGE} usage or I/O error.
 */
@Command(
        name = "featurespec",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validate, convert, format and scaffold Spec Kit feature specifications.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found, or fmt --check would change a file", "2:usage or I/O error"})
public final class FeatureSpecCommand implements Callable<Integer> {
    /** Exit code: no errors (warnings allowed unless {@code --strict}). */
    public static final int OK = 0;
    /** Exit code: errors found, or {@code fmt --check} would change a file. */
    public static final int FINDINGS = 1;
    /** Exit code: usage or I/O error. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    /** Creates the command; {@link #commandLine()} wires it with the error handling the tool uses. */
    public FeatureSpecCommand() {}

    /** Without a subcommand: prints the usage to stderr and fails with {@value #USAGE}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * A picocli {@link CommandLine} for this command with featurespec's exit codes and error handling:
     * usage errors and I/O errors print one line to stderr and return {@value #USAGE}; a stack trace only
     * with {@code --verbose}. Set its out and err writers to capture output.
     */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("validate", ValidateCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("fmt", FmtCommand::new);
        m.put("new", NewCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        return m;
    }

    /**
     * For a process running one subcommand: only that subcommand's model is built (picocli reads each
     * command's annotations reflectively), unless {@code args} do not start with a subcommand name.
     */
    static CommandLine commandLine(String... args) {
        return args.length > 0 && SUBCOMMANDS.containsKey(args[0])
                ? commandLine(Set.of(args[0]))
                : commandLine(SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cl = new CommandLine(new FeatureSpecCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setParameterExceptionHandler(FeatureSpecCommand::usageError);
        cl.setExecutionExceptionHandler(FeatureSpecCommand::executionError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * Runs the command with {@code args} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        Preload.start(args);
        CommandLine cl = commandLine(args);
        // Java 17's default charset follows the locale; spec files and our output are always UTF-8
        cl.setOut(new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        int exit = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exit);
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage() + " (see '"
                + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return USAGE;
    }

    private static int executionError(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
        if (ex instanceof CliException cli) {
            err.println("featurespec: " + cli.getMessage());
            if (verbose && cli.getCause() != null) {
                cli.getCause().printStackTrace(err);
            }
            err.flush();
            return cli.exitCode();
        }
        err.println("featurespec: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }
}
