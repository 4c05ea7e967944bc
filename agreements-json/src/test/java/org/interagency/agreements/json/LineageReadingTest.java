package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The version identity of schema 1.1 ({@code lineage}) is read, written and rejected like every other part. */
class LineageReadingTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());

    private final AgreementJson json = AgreementJson.defaults();

    @Test
    void readsTheVersionAndWhatItSupersedes() {
        Agreement agreement = json.read(Samples.text("versions/minimal-amendment.json"));

        assertThat(agreement.lineage()).isEqualTo(new Lineage("2", new AgreementVersion("minimal-mou", "1"), null));
        assertThat(agreement.version()).contains(new AgreementVersion("minimal-mou", "2"));
    }

    @Test
    void aDocumentWithoutLineageReadsAsBefore() {
        Agreement agreement = json.read(Samples.text("hostile/minimal.json"));

        assertThat(agreement.lineage()).isNull();
        assertThat(agreement.version()).isEmpty();
    }

    @Test
    void writesTheLineageAfterTheStatusAndReadsItBack() {
        Agreement agreement = json.read(Samples.text("versions/minimal-amendment.json"));
        String written = json.writePretty(agreement);

        assertThat(written.indexOf("\"lineage\"")).isGreaterThan(written.indexOf("\"status\""))
                .isLessThan(written.indexOf("\"term\""));
        assertThat(json.read(written)).isEqualTo(agreement);
    }

    @Test
    void rejectsAnUnknownPropertyInAVersionWhereItStands() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> json.read(Samples.text("hostile/lineage-with-unknown-property.json")));

        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/lineage/supersedes/agreementId"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("\"agreementId\"").contains("allowed: id, version");
    }

    @Test
    void aDocumentThatDeclaresOneZeroMayNotSayItsVersion() {
        String document = Samples.text("versions/minimal-amendment.json")
                .replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> json.read(document));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/lineage"));
        assertThat(e.getMessage()).contains("\"lineage\" was added in schemaVersion 1.1");
    }

    @Test
    void theSchemaRejectsAVersionInAOneZeroDocumentToo() {
        String document = Samples.text("versions/minimal-amendment.json")
                .replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");

        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(Samples.text("versions/minimal-amendment.json"), InputFormat.JSON)).isEmpty();
    }
}
