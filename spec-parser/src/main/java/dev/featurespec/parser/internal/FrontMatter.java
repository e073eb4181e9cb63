package dev.featurespec.parser.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds and checks YAML front matter at the top of a document: the check reads every token with
 * Jackson's streaming YAML parser (no tree, no jackson-databind; aliases are not expanded). Not API.
 */
public final class FrontMatter {
    /** Front matter larger than this is kept verbatim but not checked. */
    public static final int MAX_CHARS = 256 * 1024;

    /**
     * The YAML factory, made on first use: most specs have no front matter, and a run that reads none
     * never loads Jackson's YAML classes.
     */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_CHARS * 4L)
                        .maxNestingDepth(64)
                        .maxStringLength(MAX_CHARS * 2)
                        .build())
                .build();
    }

    /**
     * Where front matter is: the YAML between the fences, the 0-based line of the closing fence, and
     * the offset just past it.
     */
    public record Block(String yaml, int closingLine, int endOffset) {}

    /** An error in front matter: the message and the 1-based line within the YAML (0 when unknown). */
    public record Problem(String message, int line, int column) {}

    private FrontMatter() {}

    /** The front matter block of {@code text} (normalised), or null when there is none. */
    public static Block find(SourceText text) {
        if (text.lineCount() < 2 || !text.line(0).stripTrailing().equals("---")) {
            return null;
        }
        int limit = Math.min(text.lineCount(), 20_000);
        for (int line = 1; line < limit; line++) {
            String l = text.line(line).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.slice(text.lineStart(1), text.lineStart(line));
                if (yaml.endsWith("\n")) {
                    yaml = yaml.substring(0, yaml.length() - 1);
                }
                return new Block(yaml, line, text.lineEnd(line));
            }
        }
        return null;
    }

    /** Checks that {@code yaml} is well-formed; null when it is. */
    public static Problem check(String yaml) {
        if (yaml.length() > MAX_CHARS) {
            return new Problem("front matter is larger than " + MAX_CHARS + " characters; not checked", 0, 0);
        }
        try (JsonParser p = Yaml.FACTORY.createParser(ObjectReadContext.empty(), new PairSafeReader(yaml))) {
            while (p.nextToken() != null) {
                // well-formedness is all that is checked
            }
            return null;
        } catch (JacksonException e) {
            var loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            String msg = e.getOriginalMessage();
            if (msg == null) {
                msg = e.getClass().getSimpleName();
            }
            int nl = msg.indexOf('\n');
            if (nl > 0) {
                msg = msg.substring(0, nl);
            }
            return new Problem("invalid YAML front matter: " + msg.strip(), line, col);
        } catch (RuntimeException e) {
            return new Problem("invalid YAML front matter: " + e.getClass().getSimpleName(), 0, 0);
        }
    }
}
