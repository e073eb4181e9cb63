package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.YamlSpecReader;
import org.junit.jupiter.api.Test;

/**
 * What {@code convert} wrote is read back without the size limit the JSON and YAML readers put on
 * untrusted input: YAML written for a large Markdown spec can be larger than that limit (a 6 MiB spec of
 * requirements gives 9.5 MiB of YAML).
 */
class SpecEngineReadBackTest {
    @Test
    void yamlOverTheReadersLimitIsReadBack() {
        StringBuilder yaml = new StringBuilder("formatVersion: 1\ntitle: Big\n");
        String comment = "# " + "x".repeat(1000) + "\n";
        while (yaml.length() <= YamlSpecReader.DEFAULT_MAX_BYTES) {
            yaml.append(comment);
        }
        SourceFile written = new SourceFile("spec.yaml", null, false, yaml.toString());

        ParseResult asInput = SpecEngine.read(written, SpecFormat.YAML, null);
        ParseResult readBack = SpecEngine.readBack(yaml.toString(), SpecFormat.YAML, null);

        assertThat(asInput.unreadable()).isTrue();
        assertThat(asInput.diagnostics().get(0).rule()).isEqualTo(Rule.INPUT_TOO_LARGE);
        assertThat(readBack.unreadable()).isFalse();
        assertThat(readBack.spec().title()).isEqualTo("Big");
    }
}
