package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.validation.SpecValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A metadata line is written once: the builder routes the template's labels, the validator catches the rest. */
class MetadataTest {
    @Test
    void putWithATemplateLabelSetsTheTypedField() {
        Metadata m = Metadata.builder()
                .status("Draft")
                .put("Status", "Approved")
                .put("feature branch", "`042-checkout`")
                .put("DATE", "2026-02-03")
                .put("Input", "User description: \"x\"")
                .put("Epic", "EPIC-7")
                .build();

        assertThat(m.status()).contains("Approved");
        assertThat(m.featureBranch()).contains("042-checkout");
        assertThat(m.created()).contains("2026-02-03");
        assertThat(m.input()).contains("User description: \"x\"");
        assertThat(m.other()).containsExactly(Map.entry("Epic", "EPIC-7"));
    }

    @Test
    void otherReplacesTheLinesAndRoutesTheSameWay() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Owner", "@ops");
        lines.put("Status", "Review");
        Metadata m = Metadata.builder().put("Epic", "E").other(lines).build();

        assertThat(m.other()).containsExactly(Map.entry("Owner", "@ops"));
        assertThat(m.status()).contains("Review");
    }

    @Test
    void theValidatorReportsATypedLabelAmongTheOtherLines() {
        // what a JSON document or the record constructor can still build
        Metadata twice = new Metadata(
                Optional.empty(),
                Optional.empty(),
                Optional.of("Draft"),
                Optional.empty(),
                Map.of("Status", "Approved"));
        FeatureSpec spec = FeatureSpec.builder("Checkout").metadata(twice).build();

        assertThat(SpecValidator.create().validate(spec))
                .filteredOn(d -> d.rule() == Rule.DUPLICATE_METADATA)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.pointer()).isEqualTo("/metadata/other/Status");
                    assertThat(d.message())
                            .isEqualTo("Metadata 'Status' is given twice: as status 'Draft' and in other 'Approved'");
                    assertThat(d.isError()).isTrue();
                });
    }

    @Test
    void aTypedLabelAloneAmongTheOtherLinesIsNoDuplicate() {
        Metadata once = new Metadata(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of("Status", "Approved"));
        FeatureSpec spec = FeatureSpec.builder("Checkout").metadata(once).build();

        assertThat(SpecValidator.create().validate(spec))
                .extracting(Diagnostic::rule)
                .doesNotContain(Rule.DUPLICATE_METADATA);
    }
}
