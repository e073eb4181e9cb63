package dev.featurespec.cli;

import dev.featurespec.cli.internal.AnalyzeCommand;
import dev.featurespec.cli.internal.ConvertCommand;
import dev.featurespec.cli.internal.DiffCommand;
import dev.featurespec.cli.internal.Failures;
import dev.featurespec.cli.internal.FmtCommand;
import dev.featurespec.cli.internal.NewCommand;
import dev.featurespec.cli.internal.Preload;
import dev.featurespec.cli.internal.SchemaCommand;
import dev.featurespec.cli.internal.StandardStream;
import dev.featurespec.cli.internal.ValidateCommand;
import dev.featurespec.cli.internal.VersionProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * change a file), {@value #USAGE} usage or I/O error (a failed write to standard output and running out
 * of memory included).
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
     * usage errors, I/O errors, a failed write to its out or err writer and running out of memory print one
     * line to stderr and return {@value #USAGE}; a stack trace only with {@code --verbose}. Set its out and
     * err writers to capture output.
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
        cl.setParameterExceptionHandler(Failures::usageError);
        cl.setExecutionExceptionHandler(Failures::executionError);
        cl.setExecutionStrategy(Failures::execute);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, FeatureSpecCommand::path);
        return cl;
    }

    /** A path argument; one the platform cannot name is a usage error in words, not a Java exception. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a valid path: " + e.getReason());
        }
    }

    /**
     * Runs the command with {@code args} and exits the JVM with its exit code. Whatever happens, that code
     * is 0, 1 (findings) or 2 (any failure, out of memory included), after at most one line on stderr.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        int exit;
        try {
            exit = run(args);
        } catch (Throwable t) { // the last line of defence: nothing may end in a raw stack trace
            exit = lastResort(t);
        }
        System.exit(exit);
    }

    private static int run(String... args) {
        Preload.start(args);
        CommandLine cl = commandLine(args);
        cl.setOut(StandardStream.of(new FileOutputStream(FileDescriptor.out)));
        cl.setErr(StandardStream.of(new FileOutputStream(FileDescriptor.err)));
        int exit = cl.execute(args);
        // a run that ended in an error may leave output in the buffers; a failed write there is already
        // an exit code of 2
        cl.getOut().flush();
        cl.getErr().flush();
        return exit;
    }

    private static int lastResort(Throwable t) {
        try {
            String what = Failures.causedByOutOfMemory(t)
                    ? Failures.outOfMemory()
                    : "internal error, please report it: " + t.getClass().getSimpleName();
            System.err.println("featurespec: " + what);
            System.err.flush();
        } catch (Throwable ignored) { // stderr itself is gone; the exit code still says it failed
            // nothing left to report with
        }
        return USAGE;
    }
}
