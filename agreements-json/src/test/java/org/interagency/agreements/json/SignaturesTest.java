package org.interagency.agreements.json;

import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.interagency.agreements.json.signing.SignatureCheck;
import org.interagency.agreements.json.signing.SignatureReport;
import org.interagency.agreements.json.signing.PublicKeyResolver;
import org.interagency.agreements.json.signing.AgreementSignatureException;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignaturesTest {

    private static final KeyPair COUNTY = AgreementSignatures.generateKeyPair();
    private static final KeyPair STATE = AgreementSignatures.generateKeyPair();
    private static final Map<String, PublicKey> TRUSTED = Map.of(
            "harris-oem/harris-oem-2026", COUNTY.getPublic(),
            "txdot/txdot-2026", STATE.getPublic());
    private static final PublicKeyResolver KEYS =
            (agency, keyId) -> Optional.ofNullable(TRUSTED.get(agency + "/" + keyId));

    private final Agreement mou = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/flood-response-mou.json"), "document", DocumentSyntax.JSON)).agreement();

    @Test
    void aSignatureHoldsForTheAgreementItSigned() {
        DetachedSignature signature = AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate());

        SignatureReport report = AgreementSignatures.verify(mou, List.of(signature), KEYS);

        assertThat(report.allHold()).isTrue();
        assertThat(signature.algorithm()).isEqualTo("Ed25519");
        assertThat(signature.bytes()).hasSize(64);
    }

    @Test
    void reportsWhichOfSeveralSignaturesHold() {
        DetachedSignature county = AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate());
        DetachedSignature stateWithCountyKey = AgreementSignatures.sign(mou, "txdot", "txdot-2026", COUNTY.getPrivate());
        DetachedSignature unknown = AgreementSignatures.sign(mou, "dshs", "dshs-2026", STATE.getPrivate());

        SignatureReport report = AgreementSignatures.verify(mou, List.of(county, stateWithCountyKey, unknown), KEYS);

        assertThat(report.checks()).extracting(SignatureCheck::outcome).containsExactly(
                SignatureCheck.Outcome.HOLDS, SignatureCheck.Outcome.DOES_NOT_HOLD, SignatureCheck.Outcome.UNKNOWN_KEY);
        assertThat(report.agenciesThatSigned()).containsExactly("harris-oem");
        assertThat(report.allHold()).isFalse();
        assertThat(report.failures()).hasSize(2);
    }

    @Test
    void aSignatureFailsOnceTheAgreementChanges() {
        DetachedSignature signature = AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate());
        Agreement changed = AgreementBuilder.builder(mou).title(mou.title() + ".").build();

        assertThat(AgreementSignatures.verify(changed, List.of(signature), KEYS).checks())
                .extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.DOES_NOT_HOLD);
    }

    @Test
    void aSignatureSurvivesAnotherLayoutOfTheSameAgreement() {
        DetachedSignature signature = AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate());
        AgreementJson json = AgreementJson.defaults();
        Agreement fromYaml = json.read(DocumentSource.of(json.writeYaml(mou), "document", DocumentSyntax.YAML)).agreement();

        assertThat(AgreementSignatures.verify(fromYaml, List.of(signature), KEYS).allHold()).isTrue();
    }

    @Test
    void signaturesRoundTripThroughTheirDocument() {
        List<DetachedSignature> signatures = List.of(
                AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate()),
                AgreementSignatures.sign(mou, "txdot", "txdot-2026", STATE.getPrivate()));
        AgreementJson json = AgreementJson.defaults();

        String document = AgreementSignatures.writeDocument(signatures);

        assertThat(document).contains("\"signerAgencyId\": \"harris-oem\"").contains("\"algorithm\": \"Ed25519\"");
        assertThat(AgreementSignatures.readDocument(document)).isEqualTo(signatures);
        assertThat(AgreementSignatures.verify(mou, AgreementSignatures.readDocument(document), KEYS).allHold()).isTrue();
    }

    @Test
    void readsSignatureDocumentsAsStrictlyAsAgreements() {
        String document = "{\"signatures\": [{\"signerAgencyId\": \"txdot\", \"keyId\": \"k\", \"algorithm\": \"Ed25519\","
                + " \"value\": \"AA==\", \"comment\": \"trust me\"}]}";

        assertThatThrownBy(() -> AgreementSignatures.readDocument(document))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/signatures/0/comment");
    }

    @Test
    void aSignatureWhosePaddingWasStrippedDoesNotHold() {
        DetachedSignature signature = AgreementSignatures.sign(mou, "harris-oem", "harris-oem-2026", COUNTY.getPrivate());
        assertThat(signature.value()).endsWith("==");
        DetachedSignature stripped = new DetachedSignature(signature.signerAgencyId(), signature.keyId(),
                signature.algorithm(), signature.value().replace("=", ""));

        assertThat(AgreementSignatures.verify(mou, List.of(stripped), KEYS).checks())
                .extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.MALFORMED);
        assertThatThrownBy(stripped::bytes).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padding");
    }

    @Test
    void refusesASignatureDocumentWhoseValueIsNotCanonicalBase64() {
        // 64 zero bytes are 86 'A's and "=="; without the padding, and with bits set past the data.
        for (String value : List.of("A".repeat(86), "A".repeat(85) + "B==")) {
            String document = "{\"signatures\": [{\"signerAgencyId\": \"txdot\", \"keyId\": \"k\","
                    + " \"algorithm\": \"Ed25519\", \"value\": \"" + value + "\"}]}";

            assertThatThrownBy(() -> AgreementSignatures.readDocument(document))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining("the signature value is not canonical base64")
                    .hasMessageContaining("/signatures/0/value");
        }
    }

    @Test
    void refusesASignatureDocumentWhoseKeyIdHoldsALineBreak() {
        String document = "{\"signatures\": [{\"signerAgencyId\": \"txdot\", \"keyId\": \"k\\nholds  txdot (key k\","
                + " \"algorithm\": \"Ed25519\", \"value\": \"AA==\"}]}";

        assertThatThrownBy(() -> AgreementSignatures.readDocument(document))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("the key id \"k\\u000Aholds  txdot (key k\" holds an invisible character U+000A")
                .hasMessageContaining("/signatures/0/keyId");
    }

    @Test
    void reportsAnotherAlgorithmAsUnsupported() {
        DetachedSignature signature = new DetachedSignature("harris-oem", "harris-oem-2026", "RS256", "AA==");

        assertThat(AgreementSignatures.verify(mou, List.of(signature), KEYS).checks())
                .extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void reportsAValueThatIsNotBase64AsMalformed() {
        DetachedSignature signature = new DetachedSignature("harris-oem", "harris-oem-2026", "Ed25519", "not base64!");

        assertThat(AgreementSignatures.verify(mou, List.of(signature), KEYS).checks())
                .extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.MALFORMED);
    }

    @Test
    void refusesToSignWithAKeyThatIsNotEd25519() throws Exception {
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThatThrownBy(() -> AgreementSignatures.sign(mou, "harris-oem", "ec", ec.getPrivate()))
                .isInstanceOf(AgreementSignatureException.class)
                .hasMessageContaining("not an Ed25519 private key");
    }
}
