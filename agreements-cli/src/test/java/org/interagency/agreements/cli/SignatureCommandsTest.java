package org.interagency.agreements.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code keygen}, {@code sign}, {@code verify}, {@code digest} and {@code schema}. */
class SignatureCommandsTest {

    private static final String CMA = "computer-matching-ssa-calfresh.json";

    @TempDir
    Path dir;

    private Path agreement;

    @BeforeEach
    void copyTheAgreement() throws IOException {
        agreement = Files.copy(Cli.example(CMA), dir.resolve("cma.json"));
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

    @Test
    void keygenWritesAPrivateKeyOnlyItsOwnerCanReadAndAPublicKey() throws IOException {
        Path key = keygen("ssa-2026");

        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(dir.resolve("ssa-2026.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void keygenNeverOverwritesAKey() throws IOException {
        Path key = keygen("ssa-2026");
        String before = Files.readString(key);

        Cli.Run again = Cli.run("keygen", "--out", dir.resolve("ssa-2026").toString());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("will not overwrite").hasLineCount(1);
        assertThat(Files.readString(key)).isEqualTo(before);
    }

    @Test
    void signWritesADetachedSignatureOfTheAgencyWithTheKeyIdFromTheFileName() throws IOException {
        Path signature = sign(keygen("ssa-2026"), "ssa");

        JsonNode first = JsonMapper.builder().build().readTree(Files.readString(signature)).path("signatures").get(0);
        assertThat(first.path("signerAgencyId").asString()).isEqualTo("ssa");
        assertThat(first.path("keyId").asString()).isEqualTo("ssa-2026");
        assertThat(first.path("algorithm").asString()).isEqualTo("Ed25519");
    }

    @Test
    void verifyAcceptsTheSignaturesOfEveryParty() throws IOException {
        Path ssa = sign(keygen("ssa-2026"), "ssa");
        Path state = sign(keygen("cdss-2026"), "ca-cdss");

        Cli.Run run = Cli.run("verify", agreement.toString(), ssa.toString(), state.toString(),
                "--trust", "ssa=" + dir.resolve("ssa-2026.pub"), "--trust", "ca-cdss=" + dir.resolve("cdss-2026.pub"));

        assertThat(run.out()).isEqualTo("holds          ssa (key ssa-2026)\nholds          ca-cdss (key cdss-2026)\nevery party has signed\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void verifyNamesThePartiesThatHaveNotSigned() throws IOException {
        Path ssa = sign(keygen("ssa-2026"), "ssa");

        Cli.Run run = Cli.run("verify", agreement.toString(), ssa.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"));

        assertThat(run.out()).endsWith("not signed by: ca-cdss\n");
    }

    @Test
    void aSignatureHoldsForTheSameAgreementInAnotherLayout() throws IOException {
        Path signature = sign(keygen("ssa-2026"), "ssa");
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, JsonMapper.builder().build().readTree(Files.readString(agreement)).toString());

        // Only one of the two parties signed: --allow-partial lets that pass.
        Cli.Run run = Cli.run("verify", compact.toString(), signature.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"),
                "--allow-partial");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void verifyFailsWithExitCodeOneWhenTheAgreementChanged() throws IOException {
        Path signature = sign(keygen("ssa-2026"), "ssa");
        Files.writeString(agreement, Files.readString(agreement).replace("\"P90D\"", "\"P10Y\""));

        Cli.Run run = Cli.run("verify", agreement.toString(), signature.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"));

        assertThat(run.out()).startsWith("DOES NOT HOLD  ssa (key ssa-2026): the agreement changed since it was signed");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void verifyFailsWhenTheKeyIsNotTheOneTrustedForTheAgency() throws IOException {
        Path signature = sign(keygen("ssa-2026"), "ssa");
        keygen("impostor");

        Cli.Run run = Cli.run("verify", agreement.toString(), signature.toString(), "--trust", "ssa=" + dir.resolve("impostor.pub"));

        assertThat(run.out()).startsWith("DOES NOT HOLD  ssa (key ssa-2026): no trusted key by this id");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void signRefusesAnAgencyThatIsNotAParty() {
        Cli.Run run = Cli.run("sign", agreement.toString(), "--key", keygen("gsa").toString(), "--agency", "gsa");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\"gsa\" is not a party").contains("ssa, ca-cdss").hasLineCount(1);
    }

    @Test
    void signRefusesAFileThatIsNotAPrivateKey() {
        keygen("ssa-2026");

        Cli.Run run = Cli.run("sign", agreement.toString(), "--key", dir.resolve("ssa-2026.pub").toString(), "--agency", "ssa");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("BEGIN PRIVATE KEY").hasLineCount(1);
    }

    @Test
    void verifyRefusesASignatureFileThatIsNotASignatureDocument() throws IOException {
        keygen("ssa-2026");

        Cli.Run run = Cli.run("verify", agreement.toString(), agreement.toString(), "--trust", "ssa=" + dir.resolve("ssa-2026.pub"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a signature document").hasLineCount(1);
    }

    @Test
    void verifyRefusesATrustOptionWithoutAgency() throws IOException {
        Path signature = sign(keygen("ssa-2026"), "ssa");

        Cli.Run run = Cli.run("verify", agreement.toString(), signature.toString(), "--trust", dir.resolve("ssa-2026.pub").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("write AGENCY=FILE").hasLineCount(1);
    }

    @Test
    void digestPrintsTheSha256OfTheCanonicalFormLikeSha256sum() {
        Cli.Run run = Cli.run("digest", agreement.toString());

        assertThat(run.out()).matches("[0-9a-f]{64}  " + Pattern.quote(agreement.toString()) + "\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void theDigestDependsOnTheContentNotTheLayout() throws IOException {
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, JsonMapper.builder().build().readTree(Files.readString(agreement)).toString());

        String original = Cli.run("digest", agreement.toString()).out().substring(0, 64);
        String reformatted = Cli.run("digest", compact.toString()).out().substring(0, 64);

        assertThat(reformatted).isEqualTo(original);
    }

    @Test
    void digestCanPrintTheCanonicalFormItself() {
        String canonical = Cli.run("digest", "--canonical", agreement.toString()).out();

        // RFC 8785 sorts the keys: of the matching agreement's, "approvals" comes first.
        assertThat(canonical).startsWith("{\"approvals\":[").doesNotContain("\n ").endsWith("}\n");
    }

    @Test
    void schemaPrintsTheJsonSchemaOfTheDocumentFormat() {
        Cli.Run run = Cli.run("schema");

        JsonNode schema = JsonMapper.builder().build().readTree(run.out());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/$defs/Agreement/properties").has("responsibilities")).isTrue();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void everyCommandIsListedInTheHelpWithTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.out()).contains("check").contains("render").contains("schema").contains("digest").contains("keygen")
                .contains("sign").contains("verify").contains("Exit codes:");
        assertThat(run.out()).contains("  2   unreadable or invalid input");
    }

    @Test
    void withoutACommandItIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a command is required").hasLineCount(1);
    }
}
