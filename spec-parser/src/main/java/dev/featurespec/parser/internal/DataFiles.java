package dev.featurespec.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads featurespec's own YAML data files (profiles, languages). Not API. */
public final class DataFiles {
    /** Data files are small; anything bigger is not one of ours. */
    private static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_BYTES)
                            .maxNestingDepth(32)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {}

    /**
     * Reads {@code in} as YAML into {@code type}.
     *
     * @param what names the file in error messages
     * @throws IllegalArgumentException when the file is not valid for {@code type}, with the position
     */
    public static <T> T read(InputStream in, Class<T> type, String what) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException(what + ": larger than " + MAX_BYTES + " bytes");
            }
            return YAML.readValue(bytes, type);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0
                    ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"
                    : " (at " + e.getPathReference() + ")";
            throw new IllegalArgumentException(what + ": " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e.getMessage(), e);
        }
    }
}
