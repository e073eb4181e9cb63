package dev.featurespec.writer.json;

/**
 * Where {@link TreeWriter} sends the featurespec tree: JSON through Jackson's streaming generator
 * ({@link JsonSink}) or YAML through snakeyaml-engine's emitter ({@link YamlSink}). Calls nest as in
 * JSON: a name before each value of an object.
 */
interface TreeSink {
    void startObject();

    void endObject();

    void startArray();

    void endArray();

    /** A fixed key of the tree. */
    void name(Key key);

    /** A key of a map ({@code metadata.other}, {@code attributes}), as written. */
    void name(String name);

    void string(String value);

    void number(int value);
}
