package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated documents read back to the agreements they were written from. */
class AgreementDocumentsTest {

    private final AgreementJson json = AgreementJson.defaults();

    @Provide
    Arbitrary<Agreement> agreements() {
        return AgreementArbitraries.agreements();
    }

    @Property(tries = 40)
    void jsonDocumentsReadBackToTheirAgreement(@ForAll("agreements") Agreement agreement) {
        String document = AgreementDocuments.json(Arbitraries.just(agreement)).sample();

        assertThat(json.read(document)).isEqualTo(agreement);
    }

    @Property(tries = 40)
    void yamlDocumentsReadBackToTheirAgreement(@ForAll("agreements") Agreement agreement) {
        String document = AgreementDocuments.yaml(Arbitraries.just(agreement)).sample();

        assertThat(json.read(DocumentSource.of(document, "document", DocumentSyntax.YAML)).agreement()).isEqualTo(agreement);
    }

    @Property(tries = 20)
    void defaultDocumentsAreValidAgreementsThatCheckClean(@ForAll("documents") String document) {
        assertThat(Validators.AT_REFERENCE_DATE.validate(json.read(document)).findings()).isEmpty();
    }

    @Provide
    Arbitrary<String> documents() {
        return AgreementDocuments.json();
    }
}
