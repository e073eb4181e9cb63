package dev.featurespec.testkit;

import java.util.SplittableRandom;

/** The randomness of {@link SpecEdits}: its seeded source, the chance of each edit, and fresh words. */
final class Fresh {
    private final SplittableRandom random;
    private int percent = 12;

    Fresh(long seed) {
        this.random = new SplittableRandom(seed);
    }

    void rate(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("rate must be 0 to 100: " + percent);
        }
        this.percent = percent;
    }

    SplittableRandom random() {
        return random;
    }

    /** True with the chance set by {@link #rate(int)}. */
    boolean chance() {
        return random.nextInt(100) < percent;
    }

    /** A word no spec holds: {@code qz} and five letters. */
    String word() {
        StringBuilder sb = new StringBuilder("qz");
        for (int i = 0; i < 5; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** {@code n} fresh words. */
    String words(int n) {
        StringBuilder sb = new StringBuilder(word());
        for (int i = 1; i < n; i++) {
            sb.append(' ').append(word());
        }
        return sb.toString();
    }
}
