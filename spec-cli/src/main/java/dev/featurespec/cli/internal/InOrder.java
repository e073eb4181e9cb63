package dev.featurespec.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one task per item on up to {@code jobs} threads and hands every result to a sink on the calling
 * thread, in the order of the items, so that what a run prints does not depend on how many threads ran
 * it. An item marked {@code alone} (a large file, standard input) runs on the calling thread once every
 * earlier item is done and before any later one starts, so at most one large input is in memory at a
 * time, as in a sequential run. At most {@code 4 × jobs} results wait for the sink at once.
 *
 * <p>A task should turn the failures it expects into results; an unchecked exception or error it throws
 * anyway reaches the caller from {@link #run}, as it would without threads, once the results before it
 * have been handed on.
 */
final class InOrder {
    private InOrder() {}

    /** The default number of threads: one per processor the JVM may use. */
    static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code task} to every item of {@code items} and passes each result to {@code sink}, in
     * item order.
     *
     * @param jobs the most tasks that run at once; 1 runs everything on the calling thread
     * @param alone the items that must run with no other task running
     */
    static <T, R> void run(List<T> items, int jobs, Predicate<T> alone, Function<T, R> task, Consumer<? super R> sink) {
        if (jobs <= 1 || items.size() <= 1) {
            for (T item : items) {
                sink.accept(task.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), daemons());
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int window = 4 * jobs;
            for (T item : items) {
                if (alone.test(item)) {
                    while (!pending.isEmpty()) {
                        sink.accept(result(pending.removeFirst()));
                    }
                    sink.accept(task.apply(item));
                    continue;
                }
                pending.addLast(pool.submit(() -> task.apply(item)));
                if (pending.size() >= window) {
                    sink.accept(result(pending.removeFirst()));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(result(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result; what it threw is rethrown as it was. */
    private static <R> R result(Future<R> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the result is still wanted; the flag is restored below
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads, so that a pool left behind never keeps the process alive. */
    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "featurespec-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
