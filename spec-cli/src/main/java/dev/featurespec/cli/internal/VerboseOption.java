package dev.featurespec.cli.internal;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every subcommand has: stack traces for errors. */
public final class VerboseOption {
    @Option(names = "--verbose", description = "On errors, also print the stack trace.")
    boolean verbose;

    /** Used by picocli. */
    public VerboseOption() {}
}
