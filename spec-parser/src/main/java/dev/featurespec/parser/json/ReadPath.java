package dev.featurespec.parser.json;

import java.util.Arrays;

/**
 * Where a streaming read stands: one segment per open object or array, each naming the child being
 * read (a property name, or an array index). The JSON pointer and the value's name in messages ({@code
 * Requirement.id}, {@code FeatureSpec.edgeCases[2]}, {@code Metadata.other["Epic"]}) are built from it
 * only when a diagnostic needs them, so a clean document costs two array writes per value. Not
 * thread-safe; one per read.
 */
final class ReadPath {
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    // the record's name for a property of a typed object; null for a map entry or an untyped object
    private String[] owners = new String[16];
    private int depth;

    /** The number of open containers. */
    int depth() {
        return depth;
    }

    /** Enters an object: its properties are named by {@link #name(String)}; {@code owner} null for a map. */
    void enterObject(String owner) {
        grow();
        names[depth] = null;
        indexes[depth] = -1;
        owners[depth] = owner;
        depth++;
    }

    /** Enters an array: its elements are numbered by {@link #index(int)}. */
    void enterArray() {
        grow();
        names[depth] = null;
        indexes[depth] = 0;
        owners[depth] = null;
        depth++;
    }

    /** Leaves the innermost container. */
    void leave() {
        depth--;
    }

    /** The innermost object's child being read is property {@code name}. */
    void name(String name) {
        names[depth - 1] = name;
    }

    /** The innermost array's child being read is element {@code index}. */
    void index(int index) {
        indexes[depth - 1] = index;
    }

    /** The innermost segment is an array element. */
    boolean inArray() {
        return depth > 0 && names[depth - 1] == null && indexes[depth - 1] >= 0;
    }

    /** The index of the element being read in the innermost array. */
    int index() {
        return indexes[depth - 1];
    }

    /** The JSON pointer of the value being read (of the innermost container, while no child is named). */
    String pointer() {
        return pointer(depth);
    }

    /** The JSON pointer of the innermost container. */
    String containerPointer() {
        return pointer(depth - 1);
    }

    /** The pointer of the first {@code levels} segments. */
    private String pointer(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            if (names[i] != null) {
                sb.append('/').append(escape(names[i]));
            } else if (indexes[i] >= 0) {
                sb.append('/').append(indexes[i]);
            }
        }
        return sb.toString();
    }

    /** The value being read as messages name it: {@code UserStory.title}, {@code …[2]}, {@code …["key"]}. */
    String what() {
        return what(depth - 1);
    }

    private String what(int level) {
        if (names[level] == null) {
            return what(level - 1) + "[" + indexes[level] + "]";
        }
        if (owners[level] != null) {
            return owners[level] + "." + names[level];
        }
        return what(level - 1) + "[\"" + Texts.shorten(names[level]) + "\"]";
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
            owners = Arrays.copyOf(owners, depth * 2);
        }
    }

    /** RFC 6901 escaping of one reference token. */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
