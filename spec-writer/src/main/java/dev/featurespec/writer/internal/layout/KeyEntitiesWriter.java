package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code ### Key Entities}: one item per entity, {@code - **Name**: description}. */
public final class KeyEntitiesWriter extends ListSectionWriter<KeyEntity> {
    /** A writer of key entities in {@code style}. */
    public KeyEntitiesWriter(MarkdownStyle style) {
        super(style);
    }

    @Override
    List<KeyEntity> elements(FeatureSpec spec) {
        return spec.keyEntities();
    }

    /** Writes one entity as a list item on the current line; see {@link #text}. */
    @Override
    public void item(BlockWriter out, KeyEntity entity, String bullet) {
        out.item(bullet, text(normalize(entity.name()), normalize(entity.description())));
    }

    /**
     * A key entity's item text: the name in the style's label form ({@code **name**: description}), unless
     * the parser would read that back differently (a name holding {@code *} or {@code :}); then the first
     * of {@code __name__: description}, {@code name: description} and a bare {@code name} that it reads
     * back as written.
     */
    public String text(String name, String description) {
        String rest = description.isEmpty() ? "" : " " + description;
        String plain = description.isEmpty() ? ":" : ": " + description;
        List<String> candidates = new ArrayList<>(List.of(
                style.labelForm().label(name) + rest,
                MarkdownStyle.BoldForm.UNDERSCORES.label(name) + rest,
                name + plain));
        if (description.isEmpty()) {
            candidates.add(name);
        }
        KeyEntity wanted = new KeyEntity(name, description);
        for (String c : candidates) {
            if (Syntax.keyEntity(c).equals(wanted)) {
                return c;
            }
        }
        return candidates.get(0);
    }
}
