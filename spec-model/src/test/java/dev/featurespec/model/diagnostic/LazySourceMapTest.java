package dev.featurespec.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySourceMapTest {
    private static final SourceRange LINE_3 = new SourceRange(new SourceLocation(3, 1), new SourceLocation(3, 9));

    private static SourceMap computed() {
        return SourceMap.builder().put("/functionalRequirements/0", LINE_3).build();
    }

    @Test
    void computesNothingUntilAsked() {
        AtomicInteger calls = new AtomicInteger();
        SourceMap.lazy(() -> {
            calls.incrementAndGet();
            return computed();
        });
        assertThat(calls).hasValue(0);
    }

    @Test
    void answersLikeTheMapItComputes() {
        SourceMap lazy = SourceMap.lazy(LazySourceMapTest::computed);
        assertThat(lazy.find("/functionalRequirements/0/text")).contains(LINE_3);
        assertThat(lazy.get("/functionalRequirements")).isEmpty();
        assertThat(lazy.size()).isEqualTo(1);
        assertThat(lazy.asMap()).isEqualTo(computed().asMap());
        assertThat(lazy.locate(Diagnostic.of(Rule.INVALID_VALUE, "m", "/functionalRequirements/0", null))
                        .range())
                .contains(LINE_3);
    }

    @Test
    void computesOnceWhenManyThreadsAskAtOnce() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        SourceMap lazy = SourceMap.lazy(() -> {
            calls.incrementAndGet();
            return computed();
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sizes.add(lazy.size());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(calls).hasValue(1);
        assertThat(sizes).hasSize(8).containsOnly(1);
    }
}
