package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Jurisdiction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A document may write a jurisdiction as an ISO 3166 code ({@code US-TX}): the reader and the
 * schema accept it as written, it means the hierarchical code of the same place, and it is written
 * back in that form (docs/document-format.md, "Jurisdictions").
 */
class IsoJurisdictionCodesTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());

    private static String sample() {
        return Samples.text("agreements/flood-response-mou.json");
    }

    /** The sample with its first party's jurisdiction written as {@code code}. */
    private static String withFirstJurisdiction(String code) {
        String text = sample();
        int at = text.indexOf("\"jurisdiction\"");
        int start = text.indexOf('"', text.indexOf(':', at)) + 1;
        int end = text.indexOf('"', start);
        return text.substring(0, start) + code + text.substring(end);
    }

    @Test
    void anIsoSubdivisionCodeReadsAsTheHierarchicalCodeAndIsWrittenBackSo() {
        String document = withFirstJurisdiction("US-TX");

        Agreement agreement = AgreementJson.defaults().read(document);

        assertThat(agreement.parties().get(0).jurisdiction()).isEqualTo(Jurisdiction.of("us", "tx"));
        assertThat(AgreementJson.defaults().write(agreement)).contains("\"jurisdiction\":\"us/tx\"").doesNotContain("US-TX");
        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isEmpty();
    }

    @Test
    void theUnitedKingdomsReservedCodeReadsAsGb() {
        assertThat(AgreementJson.defaults().read(withFirstJurisdiction("UK")).parties().get(0).jurisdiction())
                .isEqualTo(Jurisdiction.of("gb"));
        assertThat(AgreementJson.defaults().read(withFirstJurisdiction("GB-ENG")).parties().get(0).jurisdiction())
                .isEqualTo(Jurisdiction.of("gb", "eng"));
    }

    @Test
    void aCodeThatIsNeitherIsALocatedErrorAndTheSchemaRejectsItToo() {
        String document = withFirstJurisdiction("US-Texas");

        InvalidDocumentException failure = catchThrowableOfType(InvalidDocumentException.class,
                () -> AgreementJson.defaults().read(document));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("/parties/0/jurisdiction");
        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isNotEmpty();
    }
}
