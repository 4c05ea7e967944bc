package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Party;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Jackson module gives users of their own ObjectMapper the same format and strictness. */
class JacksonModuleTest {

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void isFoundByServiceLoader() {
        assertThat(MapperBuilder.findModules()).extracting(JacksonModule::getClass).contains(AgreementJacksonModule.class);
    }

    @Test
    void bindsAnAgreementAsTheFacadeReadsIt() {
        String document = Samples.text("agreements/flood-response-mou.json");

        assertThat(mapper.readValue(document, Agreement.class)).isEqualTo(AgreementJson.defaults().read(document));
    }

    @Test
    void writesAnAgreementAsTheFacadeWritesIt() {
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/data-sharing-agreement.json"), "document", DocumentSyntax.JSON)).agreement();

        assertThat(mapper.writeValueAsString(agreement)).isEqualTo(AgreementJson.defaults().write(agreement));
    }

    @Test
    void bindsSingleModelTypesAndEnums() {
        Party party = mapper.readValue("{\"agencyId\": \"txdot\", \"name\": \"TxDOT\", \"jurisdiction\": \"us/tx\","
                + " \"roles\": [\"responding\"]}", Party.class);

        assertThat(party.jurisdiction().toString()).isEqualTo("us/tx");
        assertThat(mapper.readValue("\"in-force\"", AgreementStatus.class)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(mapper.writeValueAsString(AgreementStatus.IN_FORCE)).isEqualTo("\"in-force\"");
    }

    @Test
    void rejectsWhatTheFacadeRejectsWithTheProblemsAsCause() {
        DatabindException e = catchThrowableOfType(DatabindException.class,
                () -> mapper.readValue(Samples.text("hostile/unknown-property.json"), Agreement.class));

        assertThat(e.getCause()).isInstanceOf(InvalidDocumentException.class);
        assertThat(((InvalidDocumentException) e.getCause()).pointer().toString()).isEqualTo("/term/renewl");
    }
}
