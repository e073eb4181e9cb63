package dev.featurespec.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How a run ends when something goes wrong: one line on stderr, {@code featurespec: what is wrong},
 * escaped for the terminal, a stack trace only with {@code --verbose}, and exit code 2. Exit code 1
 * always means findings, never a crash: usage errors, I/O errors, a failed write to standard output,
 * internal errors and running out of memory all give 2.
 */
public final class Failures {
    /** The exit code of every failure. */
    public static final int EXIT_CODE = 2;

    private Failures() {}

    /**
     * picocli's execution strategy: runs the subcommand, turns {@link OutOfMemoryError} and other JVM
     * errors into one line, then checks that standard output and standard error took everything.
     */
    public static int execute(ParseResult parseResult) {
        CommandLine cl = parseResult.commandSpec().commandLine();
        int exit;
        try {
            exit = new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            exit = report(cl.getErr(), outOfMemory(), e, verbose(parseResult));
        } catch (StackOverflowError | LinkageError e) {
            String message = causedByOutOfMemory(e) ? outOfMemory() : internalError(e, verbose(parseResult));
            exit = report(cl.getErr(), message, e, verbose(parseResult));
        }
        return finish(cl, exit);
    }

    /** picocli's handler for an exception thrown by a subcommand. */
    public static int executionError(Exception ex, CommandLine cl, ParseResult parseResult) {
        boolean verbose = verbose(parseResult);
        if (ex instanceof CliException cli) {
            report(cl.getErr(), cli.getMessage(), verbose ? cli.getCause() : null, verbose);
            return cli.exitCode();
        }
        return report(cl.getErr(), internalError(ex, verbose), ex, verbose);
    }

    /** picocli's handler for a usage error: the message and where to find help. */
    public static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        PrintWriter err = cl.getErr();
        err.println(TerminalText.escape(name + ": " + ex.getMessage() + " (see '" + name + " --help')"));
        err.flush();
        return EXIT_CODE;
    }

    /**
     * Prints {@code featurespec: message} (escaped) and, with {@code verbose}, the stack trace of {@code
     * cause}.
     *
     * @return {@value #EXIT_CODE}
     */
    static int report(PrintWriter err, String message, Throwable cause, boolean verbose) {
        err.println("featurespec: " + TerminalText.escape(message));
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
        return EXIT_CODE;
    }

    /**
     * Whether {@code e} is, or was caused by, an {@link OutOfMemoryError}: the heap can run out while a class
     * is being loaded or initialized, and the JVM then throws a {@link LinkageError}
     * ({@link ExceptionInInitializerError}, or {@link NoClassDefFoundError} on a later use) around it.
     */
    public static boolean causedByOutOfMemory(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The one line for {@link OutOfMemoryError}: the heap this JVM has, and how to give it more. */
    public static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "out of memory (the Java heap is limited to " + mb + " MB); run java with a larger -Xmx, e.g."
                + " java -Xmx1g -jar featurespec.jar";
    }

    private static String internalError(Throwable e, boolean verbose) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return "internal error, please report it: " + what + (verbose ? "" : " (run with --verbose for details)");
    }

    /** Flushes both streams; a failed write to either makes the exit code {@value #EXIT_CODE}. */
    static int finish(CommandLine cl, int exit) {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        out.flush();
        if (Output.failed(out)) {
            report(err, "cannot write to " + Output.STDOUT + ": " + Output.reason(out), null, false);
            exit = EXIT_CODE;
        }
        err.flush();
        return Output.failed(err) ? EXIT_CODE : exit;
    }

    static boolean verbose(ParseResult parseResult) {
        if (parseResult == null) {
            return false;
        }
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
