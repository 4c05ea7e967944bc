package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify} exits 0 only when every signature holds, every signer is a party and every
 * party has signed (or {@code --allow-partial}); it says each case on a line of its own, and no
 * field of a signature document can forge one of those lines.
 */
class VerifyOutcomesTest {

    @TempDir
    Path dir;

    private Path agreement;

    @BeforeEach
    void copyTheAgreement() throws IOException {
        agreement = Files.copy(Cli.example("computer-matching-ssa-calfresh.json"), dir.resolve("cma.json"));
    }

    private Path keygen(String name) {
        Cli.Run run = Cli.run("keygen", "--out", dir.resolve(name).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve(name + ".key");
    }

    private Path sign(Path key, String agency) throws IOException {
        Cli.Run run = Cli.run("sign", agreement.toString(), "--key", key.toString(), "--agency", agency);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.writeString(dir.resolve(agency + ".sig.json"), run.out());
    }

    /** A signature that sign would refuse to make, made with the library as anyone can. */
    private Path signWithTheLibrary(String agency, String keyId) throws IOException {
        KeyPair pair = AgreementSignatures.generateKeyPair();
        Files.writeString(dir.resolve(keyId + ".pub"), "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Agreement read = AgreementJson.defaults().read(DocumentSource.of(agreement, DocumentSyntax.JSON)).agreement();
        DetachedSignature signature = AgreementSignatures.sign(read, agency, keyId, pair.getPrivate());
        return Files.writeString(dir.resolve(keyId + ".sig.json"), AgreementSignatures.writeDocument(List.of(signature)));
    }

    @Test
    void aValidSignatureFromAnAgencyThatIsNotAPartyFails() throws IOException {
        Path ssa = sign(keygen("ssa-2026"), "ssa");
        Path state = sign(keygen("cdss-2026"), "ca-cdss");
        Path outsider = signWithTheLibrary("fema", "fema-2026");

        Cli.Run run = Cli.run("verify", agreement.toString(), ssa.toString(), state.toString(), outsider.toString(),
                "--trust", "ssa=" + dir.resolve("ssa-2026.pub"), "--trust", "ca-cdss=" + dir.resolve("cdss-2026.pub"),
                "--trust", "fema=" + dir.resolve("fema-2026.pub"));

        assertThat(run.out()).isEqualTo("holds          ssa (key ssa-2026)\n"
                + "holds          ca-cdss (key cdss-2026)\n"
                + "NOT A PARTY    fema (key fema-2026): the signature holds, but the agency is not a party to the agreement\n"
                + "every party has signed\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aPartyThatHasNotSignedFailsUnlessPartialSignaturesAreAllowed() throws IOException {
        Path ssa = sign(keygen("ssa-2026"), "ssa");
        String[] args = {"verify", agreement.toString(), ssa.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub")};

        Cli.Run strict = Cli.run(args);
        Cli.Run partial = Cli.run(concat(args, "--allow-partial"));

        assertThat(strict.out()).isEqualTo("holds          ssa (key ssa-2026)\nnot signed by: ca-cdss\n");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(partial.out()).isEqualTo("holds          ssa (key ssa-2026)\nnot signed by: ca-cdss (allowed by --allow-partial)\n");
        assertThat(partial.exitCode()).isZero();
    }

    @Test
    void allowingPartialSignaturesStillFailsASignatureThatDoesNotHold() throws IOException {
        Path ssa = sign(keygen("ssa-2026"), "ssa");
        keygen("impostor");

        Cli.Run run = Cli.run("verify", agreement.toString(), ssa.toString(), "--trust", "ssa=" + dir.resolve("impostor.pub"),
                "--allow-partial");

        assertThat(run.out()).startsWith("DOES NOT HOLD  ssa (key ssa-2026): no trusted key by this id");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aKeyIdWithAQuoteIsQuotedSoItCannotPassForAnother() throws IOException {
        Path signature = signWithTheLibrary("ssa", "ssa\"2026");

        Cli.Run run = Cli.run("verify", agreement.toString(), signature.toString(), "--trust",
                "ssa=" + dir.resolve("ssa\"2026.pub"), "--allow-partial");

        assertThat(run.out()).startsWith("holds          ssa (key \"ssa\\\"2026\")\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aKeyIdWithALineBreakIsRefusedWhenTheSignatureDocumentIsRead() {
        Path forged = Cli.resource("signatures/key-id-with-line-break.sig.json");
        keygen("ssa-2026");

        Cli.Run run = Cli.run("verify", agreement.toString(), forged.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).contains(":5:").contains("the key id \"ssa-2026)\\u000Aholds")
                .contains("holds an invisible character U+000A").contains("(at /signatures/0/keyId)");
    }

    @Test
    void aSignatureWhosePaddingWasStrippedIsRefused() {
        Path stripped = Cli.resource("signatures/padding-stripped.sig.json");
        keygen("ssa-2026");

        Cli.Run run = Cli.run("verify", agreement.toString(), stripped.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("the signature value is not canonical base64: its padding is missing")
                .contains("(at /signatures/0/value)");
    }

    @Test
    void aKeyOfAnotherKindIsRefusedInWordsWithoutAnExceptionName() throws IOException, java.security.GeneralSecurityException {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        Path rsaKey = Files.writeString(dir.resolve("rsa.pub"), "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(rsa.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Path ssa = sign(keygen("ssa-2026"), "ssa");

        Cli.Run run = Cli.run("verify", agreement.toString(), ssa.toString(), "--trust", "ssa=" + rsaKey);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("is not an Ed25519 public key: its PEM block holds another kind of key")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
