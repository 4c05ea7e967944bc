package org.interagency.agreements.robustness;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSourceException;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.interagency.agreements.json.signing.SignatureCheck;
import org.interagency.agreements.json.signing.SignatureReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.JSON;

/** Hostile files and signatures: a directory or a missing file where a document should be, and a signature over another agreement. */
class HostileFilesTest {

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-files");
    }

    @Test
    @DisplayName("a directory passed as the document fails with the documented DocumentSourceException naming it")
    void rejectsADirectory(@TempDir Path directory) {
        Measured.Outcome outcome = Measured.run("a directory instead of a file", () -> JSON.read(DocumentSource.of(directory, DocumentSyntax.JSON)).agreement());
        DocumentSourceException e = outcome.thrown(DocumentSourceException.class);
        assertThat(e.source()).isEqualTo(directory.toString());
        assertThat(e).hasMessage("cannot read " + directory + ": it is a directory, not a file");
    }

    @Test
    void rejectsAMissingFile(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-agreement.json");
        Measured.Outcome outcome = Measured.run("a file that does not exist", () -> JSON.read(DocumentSource.of(missing, DocumentSyntax.JSON)).agreement());
        DocumentSourceException e = outcome.thrown(DocumentSourceException.class);
        assertThat(e).hasCauseInstanceOf(NoSuchFileException.class).hasMessage("cannot read " + missing + ": no such file");
    }

    @Test
    @DisplayName("a signature over one agreement does not hold for another that differs in one date")
    void aSignatureOverADifferentAgreementDoesNotHold() {
        Agreement signed = Hostiles.read("base-clean.json");
        Agreement other = AgreementBuilder.builder(signed)
                .term(new org.interagency.agreements.Term(signed.term().effective(), signed.term().expires().plusDays(1),
                        signed.term().renewal(), signed.term().reviewCycle()))
                .build();
        KeyPair county = AgreementSignatures.generateKeyPair();
        DetachedSignature signature = AgreementSignatures.sign(signed, "river-county", "county-2027", county.getPrivate());

        SignatureReport onOther = Measured.run("a signature over a different agreement", () ->
                AgreementSignatures.verify(other, List.of(signature), (agency, keyId) -> Optional.of(county.getPublic())))
                .value(SignatureReport.class);
        SignatureReport onSigned = AgreementSignatures.verify(signed, List.of(signature),
                (agency, keyId) -> Optional.of(county.getPublic()));

        assertThat(onOther.checks()).extracting(SignatureCheck::outcome)
                .containsExactly(SignatureCheck.Outcome.DOES_NOT_HOLD);
        assertThat(onOther.allHold()).isFalse();
        assertThat(onSigned.allHold()).isTrue();
    }

    @Test
    @DisplayName("a signature made by another key does not hold, even over the same agreement")
    void aSignatureByAnotherKeyDoesNotHold() {
        Agreement signed = Hostiles.read("base-clean.json");
        KeyPair county = AgreementSignatures.generateKeyPair();
        KeyPair impostor = AgreementSignatures.generateKeyPair();
        DetachedSignature forged = AgreementSignatures.sign(signed, "river-county", "county-2027", impostor.getPrivate());

        SignatureReport report = AgreementSignatures.verify(signed, List.of(forged),
                (agency, keyId) -> Optional.of(county.getPublic()));

        assertThat(report.checks()).extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.DOES_NOT_HOLD);
    }

    @Test
    @DisplayName("a signature survives reformatting: the same agreement read from YAML verifies")
    void aSignatureHoldsOverTheSameAgreementInAnotherFormat() {
        KeyPair county = AgreementSignatures.generateKeyPair();
        DetachedSignature signature = AgreementSignatures.sign(Hostiles.read("base-clean.json"), "river-county",
                "county-2027", county.getPrivate());

        SignatureReport report = AgreementSignatures.verify(Hostiles.read("base-clean.yaml"), List.of(signature),
                (agency, keyId) -> Optional.of(county.getPublic()));

        assertThat(report.allHold()).isTrue();
    }
}
