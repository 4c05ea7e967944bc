package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped JSON Schema agrees with the reader, checked by an independent validator (networknt). */
class SchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());

    private static Set<ValidationMessage> validate(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    @Test
    void isADraft202012SchemaWithItsId() {
        assertThat(AgreementSchema.text())
                .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"$id\": \"" + AgreementSchema.ID + "\"");
    }

    @ParameterizedTest
    @FieldSource("org.interagency.agreements.json.Samples#AGREEMENTS")
    void everySampleAgreementValidates(String resource) {
        assertThat(validate(Samples.text(resource))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.interagency.agreements.json.Samples#AGREEMENTS")
    void whatTheWriterWritesValidates(String resource) {
        AgreementJson json = AgreementJson.defaults();
        String written = json.writePretty(json.read(DocumentSource.of(Samples.bytes(resource), "document", DocumentSyntax.JSON)).agreement());

        assertThat(validate(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unknown-property.json",
        "missing-title.json",
        "null-status.json",
        "null-list.json",
        "quorum-as-string.json",
        "quorum-with-fraction.json",
        "enum-as-ordinal.json",
        "enum-in-java-case.json",
        "date-with-time.json",
        "date-as-array.json",
        "period-in-words.json",
        "schema-version-2.json",
        "schema-version-1-7-with-new-property.json",
        "many-unknown-properties.json",
        "lineage-with-unknown-property.json",
    })
    void aBrokenDocumentIsRejectedByBothTheSchemaAndTheReader(String file) {
        String document = Samples.text("hostile/" + file);

        assertThat(validate(document)).as("schema messages").isNotEmpty();
        assertThatThrownBy(() -> AgreementJson.defaults().read(document)).isInstanceOf(AgreementReadException.class);
    }

    @Test
    void theMinimalDocumentTheBrokenOnesAreMadeFromValidates() {
        assertThat(validate(Samples.text("hostile/minimal.json"))).isEmpty();
    }
}
