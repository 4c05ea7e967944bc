package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An order names the general terms and conditions it is placed under ({@code generalTerms},
 * schema 1.1) with the reference {@code lineage} uses, and it is read, written and rejected like it.
 */
class GeneralTermsReadingTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());

    private final AgreementJson json = AgreementJson.defaults();

    @Test
    void readsTheGeneralTermsAnOrderNames() {
        Agreement order = json.read(Samples.text("versions/minimal-order.json"));

        assertThat(order.generalTerms()).isEqualTo(new AgreementVersion("minimal-gtc", "1"));
        assertThat(order.lineage()).isNull();
    }

    @Test
    void aDocumentThatNamesNoneReadsAsBefore() {
        assertThat(json.read(Samples.text("hostile/minimal.json")).generalTerms()).isNull();
    }

    @Test
    void writesThemAfterTheLineageAndBeforeTheTermAndReadsThemBack() {
        Agreement order = json.read(Samples.text("versions/minimal-order.json"));
        String written = json.writePretty(order);

        assertThat(written.indexOf("\"generalTerms\"")).isGreaterThan(written.indexOf("\"status\""))
                .isLessThan(written.indexOf("\"term\""));
        assertThat(json.read(written)).isEqualTo(order);
    }

    @Test
    void readsTheSameFromYaml() {
        String yaml = """
                schemaVersion: '1.1'
                id: minimal-order
                title: Minimal order under general terms and conditions
                kind: interagency-agreement
                status: draft
                generalTerms:
                  id: minimal-gtc
                  version: '1'
                term:
                  effective: 2026-01-01
                  reviewCycle: P1Y
                parties:
                - agencyId: blm-nevada
                  name: Bureau of Land Management, Nevada State Office
                  jurisdiction: us/nv
                  roles:
                  - requesting
                """;

        Agreement fromYaml = json.read(DocumentSource.of(yaml, "order.yaml", DocumentSyntax.YAML)).agreement();

        assertThat(fromYaml).isEqualTo(json.read(Samples.text("versions/minimal-order.json")));
    }

    @Test
    void rejectsAReferenceWithoutAVersionWhereItStands() {
        String document = Samples.text("versions/minimal-order.json")
                .replace("{\"id\": \"minimal-gtc\", \"version\": \"1\"}", "{\"id\": \"minimal-gtc\"}");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> json.read(document));

        assertThat(e).isNotNull();
        assertThat(e.pointer().toString()).startsWith("/generalTerms");
        assertThat(e.getMessage()).contains("version");
    }

    @Test
    void aDocumentThatDeclaresOneZeroMayNotNameGeneralTerms() {
        String document = Samples.text("versions/minimal-order.json")
                .replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> json.read(document));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/generalTerms"));
        assertThat(e.getMessage()).contains("\"generalTerms\" was added in schemaVersion 1.1");
    }

    @Test
    void theSchemaAcceptsTheReferenceInOneOneAndRejectsItInOneZero() {
        String oneZero = Samples.text("versions/minimal-order.json")
                .replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");

        assertThat(SCHEMA.validate(Samples.text("versions/minimal-order.json"), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(oneZero, InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(Samples.text("versions/minimal-order.json")
                .replace("\"version\": \"1\"}", "\"version\": \"1\", \"title\": \"x\"}"), InputFormat.JSON)).isNotEmpty();
    }
}
