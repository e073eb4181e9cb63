package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 300).boxed().toList();

    /** Tasks that take a random time (fixed seed), so later items often finish before earlier ones. */
    private static int slow(int item) {
        LockSupport.parkNanos(new Random(item).nextInt(200_000));
        return item * 2;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void resultsReachTheSinkInItemOrderOnTheCallingThread(int jobs) {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        InOrder.run(ITEMS, jobs, i -> false, InOrderTest::slow, r -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(r);
        });
        assertThat(seen).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void manyThreadsAreUsedAndAtMostJobsAtOnce(int jobs) {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        var threads = ConcurrentHashMap.<Thread>newKeySet();
        InOrder.run(
                ITEMS,
                jobs,
                i -> false,
                i -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    threads.add(Thread.currentThread());
                    int r = slow(i);
                    running.decrementAndGet();
                    return r;
                },
                r -> {});
        assertThat(most.get()).isBetween(1, jobs);
        assertThat(threads).hasSizeBetween(1, jobs).allMatch(Thread::isDaemon);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void anItemThatMustRunAloneRunsWithNothingElseAndInItsPlace(int jobs) {
        AtomicInteger running = new AtomicInteger();
        List<Integer> overlapping = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        InOrder.run(
                ITEMS,
                jobs,
                i -> i % 50 == 7,
                i -> {
                    int others = running.getAndIncrement();
                    if (i % 50 == 7 && others != 0) {
                        overlapping.add(i);
                    }
                    int r = slow(i);
                    running.decrementAndGet();
                    return r;
                },
                seen::add);
        assertThat(overlapping).isEmpty();
        assertThat(seen).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void anExceptionReachesTheCallerAfterTheResultsBeforeIt(int jobs) {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> InOrder.run(
                        ITEMS,
                        jobs,
                        i -> false,
                        i -> {
                            if (i == 120) {
                                throw new IllegalArgumentException("item 120");
                            }
                            return slow(i);
                        },
                        seen::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 120");
        assertThat(seen)
                .isEqualTo(IntStream.range(0, 120).map(i -> i * 2).boxed().toList());
    }
}
