package dev.featurespec.cli.internal;

import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.validation.SpecValidator;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up work moved off the main thread. While the main thread sets up the command line, daemon
 * threads load the parser's languages and profiles (YAML data files) and warm up the constraint checks
 * ({@link SpecValidator#direct()}: the validators' classes and the model's constraint metadata), the
 * two largest start-up costs of a single-file {@code validate}. Each runs at most once per process; a
 * failure (any {@link Throwable}, {@link OutOfMemoryError} included) is ignored here and reported by the
 * main thread when it does the same work.
 */
public final class Preload {
    private static final Set<String> PARSING_COMMANDS = Set.of("validate", "fmt", "convert", "analyze");
    private static final AtomicBoolean DATA = new AtomicBoolean();
    private static final AtomicBoolean VALIDATOR = new AtomicBoolean();
    /** Counted down when the validator warm-up has ended, however it ended. */
    private static final CountDownLatch VALIDATOR_READY = new CountDownLatch(1);

    private Preload() {}

    /** Starts what the subcommand {@code args[0]} will need. */
    public static void start(String... args) {
        String command = args.length > 0 ? args[0] : "";
        if (PARSING_COMMANDS.contains(command)) {
            parserData();
        }
        if (command.equals("validate") || command.equals("analyze")) {
            validator();
        }
    }

    /** Loads the built-in languages and profiles, and builds the default Markdown parser, in the background. */
    static void parserData() {
        if (DATA.compareAndSet(false, true)) {
            daemon("featurespec-preload-data", () -> {
                Languages.builtIn();
                Profiles.builtIn(Profile.SPECKIT);
                Profiles.builtIn(Profile.EXTENDED);
                SpecEngine.markdownParser(null); // compiles the vocabulary of every language
            });
        }
    }

    /**
     * Warms up the constraint checks in the background: validating a skeleton spec with {@link
     * SpecValidator#direct()} loads the validators and reads the constraint metadata of every model type
     * a spec holds.
     */
    static void validator() {
        if (VALIDATOR.compareAndSet(false, true)) {
            boolean started = daemon("featurespec-preload-validator", () -> {
                try {
                    SpecValidator.direct().validate(NewCommand.skeleton("Warm-up", "001-warm-up", "2026-01-01", true));
                } finally {
                    VALIDATOR_READY.countDown();
                }
            });
            if (!started) {
                VALIDATOR_READY.countDown();
            }
        }
    }

    /**
     * Waits until the validator warm-up started by {@link #validator()} has ended; returns at once when it
     * has, or was never started. A thread that validated while the warm-up still ran would read the same
     * constraint metadata a second time beside it (the cache keeps one, but both threads would build it).
     * When the warm-up failed, the caller repeats the work and reports the failure.
     */
    static void awaitValidator() {
        if (!VALIDATOR.get() || VALIDATOR_READY.getCount() == 0) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                VALIDATOR_READY.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the validator is still wanted; the flag is restored below
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} on a new daemon thread; false when no thread could be started (then nothing ran). */
    private static boolean daemon(String name, Runnable work) {
        Thread t = new Thread(
                () -> {
                    try {
                        work.run();
                    } catch (Throwable e) { // out of memory too: never a stack trace from a helper thread
                        // the main thread repeats the work and reports the failure
                    }
                },
                name);
        t.setDaemon(true);
        try {
            t.start();
            return true;
        } catch (Throwable e) { // no thread to be had (out of memory): the main thread does the work
            return false;
        }
    }
}
