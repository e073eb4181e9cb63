package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF output against the official SARIF 2.1.0 JSON Schema (bundled in a test dependency). */
class SarifSchemaTest {
    static Schema sarifSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("sarif-schema-2.1.0.json on the test classpath").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void reportWithResultsIsValidSarif() throws IOException {
        List<Error> errors = sarifSchema()
                .validate(ReportFormatTest.render(ReportFormat.SARIF, ReportFormatTest.FILES), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void emptyReportIsValidSarif() throws IOException {
        List<Error> errors =
                sarifSchema().validate(ReportFormatTest.render(ReportFormat.SARIF, List.of()), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaCatchesABrokenLog() throws IOException {
        List<Error> errors =
                sarifSchema().validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}", InputFormat.JSON);
        assertThat(errors).isNotEmpty();
    }
}
