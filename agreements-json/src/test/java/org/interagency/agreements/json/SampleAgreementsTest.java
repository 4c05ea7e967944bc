package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.DecisionMethod;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.ScopePath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class SampleAgreementsTest {

    private final AgreementJson json = AgreementJson.defaults();

    @Test
    void readsEverySectionOfTheFloodResponseMou() {
        Agreement mou = json.read(DocumentSource.of(Samples.bytes("agreements/flood-response-mou.json"), "document", DocumentSyntax.JSON)).agreement();

        assertThat(mou.schemaVersion()).isEqualTo("1.0");
        assertThat(mou.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(mou.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(mou.term().effective()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(mou.term().renewal().renewalTerm()).isEqualTo(Period.ofYears(2));
        assertThat(mou.partyIds()).containsExactly("harris-oem", "txdot", "dshs", "fema-r6");
        assertThat(mou.parties().get(0).jurisdiction()).isEqualTo(Jurisdiction.of("us", "tx", "harris-county"));
        assertThat(mou.responsibilities().get(1).scope()).isEqualTo(ScopePath.of("emergency", "flood", "evacuation", "routes"));
        assertThat(mou.responsibilities().get(1).assignments().get(0).role()).isEqualTo(RaciRole.ACCOUNTABLE);
        assertThat(mou.responsibilities().get(2).assignments().get(0).period().isOpenEnded()).isTrue();
        assertThat(mou.governanceBodies().get(0).decisionRule().method()).isEqualTo(DecisionMethod.SUPERMAJORITY);
        assertThat(mou.dataSharingProtocols().get(0).breachNotificationWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(mou.goals().get(1).measures().get(0).baseline()).isEqualTo(new BigDecimal("55.5"));
        assertThat(mou.resourceCommitments().get(1).amount()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(mou.signatories()).hasSize(4);
        assertThat(mou.amendments().get(0).approvedBy()).hasSize(4);
    }

    @Test
    void readsAbsentListsAsEmptyAndAbsentValuesAsNull() {
        Agreement dsa = json.read(DocumentSource.of(Samples.bytes("agreements/data-sharing-agreement.json"), "document", DocumentSyntax.JSON)).agreement();

        assertThat(dsa.channels()).isEmpty();
        assertThat(dsa.vision()).isNull();
        assertThat(dsa.term().renewal()).isNull();
        assertThat(dsa.goals().get(0).measures().get(0).baseline()).isNull();
    }

    @ParameterizedTest
    @FieldSource("org.interagency.agreements.json.Samples#AGREEMENTS")
    void readAfterWriteIsIdentity(String resource) {
        Agreement agreement = json.read(DocumentSource.of(Samples.bytes(resource), "document", DocumentSyntax.JSON)).agreement();

        assertThat(json.read(json.write(agreement))).isEqualTo(agreement);
        assertThat(json.read(json.writePretty(agreement))).isEqualTo(agreement);
        assertThat(json.read(DocumentSource.of(json.writeYaml(agreement), "document", DocumentSyntax.YAML)).agreement()).isEqualTo(agreement);
    }

    @Test
    void writesSchemaVersionFirst() {
        Agreement agreement = json.read(DocumentSource.of(Samples.bytes("agreements/computer-matching-agreement.json"), "document", DocumentSyntax.JSON)).agreement();

        assertThat(json.write(agreement)).startsWith("{\"schemaVersion\":\"1.0\",\"id\":\"ssa-snap-income-matching-2026\"");
    }
}
