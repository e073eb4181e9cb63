package dev.featurespec.cli.internal;

import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What a document {@code convert} reads is: a spec, a task list or a checklist ({@code --kind}). Without
 * the option: by file name ({@code tasks.md}, any file in a {@code checklists/} folder, else a spec),
 * and for JSON and YAML also by content (a top-level {@code phases} property is a task list, {@code
 * categories} a checklist).
 */
public enum DocumentKind {
    /** A feature spec, {@code spec.md}. */
    SPEC,
    /** A task list, {@code tasks.md}. */
    TASKS,
    /** A checklist, {@code checklists/*.md}. */
    CHECKLIST;

    /** The kind of {@code file} read in {@code format}, by its name, then (JSON, YAML) its content. */
    static DocumentKind of(SourceFile file, SpecFormat format) {
        Path path = file.path();
        if (path != null && path.getFileName() != null) {
            String name = path.getFileName().toString();
            Path parent = path.toAbsolutePath().getParent();
            if (name.equals("tasks.md")) {
                return TASKS;
            }
            if (format == SpecFormat.MARKDOWN
                    && parent != null
                    && parent.getFileName() != null
                    && parent.getFileName().toString().equals("checklists")) {
                return CHECKLIST;
            }
        }
        return format == SpecFormat.MARKDOWN ? SPEC : byContent(file.text(), format == SpecFormat.YAML);
    }

    /** A task list or checklist by its top-level properties, else a spec; input that is not JSON is a spec. */
    private static DocumentKind byContent(String text, boolean yaml) {
        TokenStreamFactory factory =
                yaml ? YAMLFactory.builder().build() : JsonFactory.builder().build();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return SPEC;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                switch (p.currentName()) {
                    case "phases" -> {
                        return TASKS;
                    }
                    case "categories" -> {
                        return CHECKLIST;
                    }
                    default -> {
                        p.nextToken();
                        p.skipChildren();
                    }
                }
            }
            return SPEC;
        } catch (RuntimeException e) {
            // not well-formed: the spec reader reports it with its position
            return SPEC;
        }
    }
}
