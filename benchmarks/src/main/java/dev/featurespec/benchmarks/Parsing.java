package dev.featurespec.benchmarks;

/** featurespec's own Markdown parsing, for the harnesses; null until the parser is available. */
final class Parsing {
    private Parsing() {}

    /** The parsed model of {@code text}, or null when the parser is not built yet. */
    static Object modelOrNull(String text) {
        return null;
    }
}
