package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.CanonicalJson;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.interagency.agreements.json.signing.SignatureCheck;
import org.interagency.agreements.json.signing.SignatureReport;
import org.interagency.agreements.rules.Report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an agreement document (JSON or YAML, by extension), checks it, and has two of its parties
 * sign it: each signs the document's canonical form with its own Ed25519 key, and a verifier who
 * trusts both public keys checks the signatures — then checks them again against a copy of the
 * agreement in which one word was changed.
 *
 * <p>Usage: {@code ReadValidateAndSign [FILE]}; without an argument it reads the data-sharing
 * agreement among the example documents.
 */
public final class ReadValidateAndSign {

    private ReadValidateAndSign() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/agreements/health-social-services-data-sharing.json");
        try {
            run(file, System.out);
        } catch (AgreementReadException e) {
            // The message names the line, column and JSON Pointer of the problem.
            System.err.println(file + ": " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(Path file, PrintStream out) {
        AgreementJson json = AgreementJson.defaults();
        ReadResult read = json.read(DocumentSource.of(file)); // JSON or YAML, by the file's extension
        Agreement agreement = read.agreement();
        out.println("Read " + agreement.id() + ": " + agreement.title());

        Report report = AgreementValidator.defaults().validate(agreement);
        out.println("Checked: " + report.findings().size() + " finding(s)");
        // Each finding is located by JSON Pointer; the positions of the read say where that is in the file.
        report.findings().forEach(finding -> out.println("  " + file + ":" + read.positions().of(finding.location())
                + ": " + finding));

        out.println("SHA-256 of the canonical form: " + CanonicalJson.sha256Hex(agreement));

        String first = agreement.parties().get(0).agencyId();
        String second = agreement.parties().get(1).agencyId();
        KeyPair firstKeys = AgreementSignatures.generateKeyPair();
        KeyPair secondKeys = AgreementSignatures.generateKeyPair();
        List<DetachedSignature> signatures = List.of(
                AgreementSignatures.sign(agreement, first, first + "-2026", firstKeys.getPrivate()),
                AgreementSignatures.sign(agreement, second, second + "-2026", secondKeys.getPrivate()));
        out.println("Signatures document:");
        out.println(AgreementSignatures.writeDocument(signatures));

        Map<String, PublicKey> trusted = Map.of(first + "-2026", firstKeys.getPublic(), second + "-2026", secondKeys.getPublic());
        SignatureReport verified = AgreementSignatures.verify(agreement, signatures,
                (agencyId, keyId) -> Optional.ofNullable(trusted.get(keyId)));
        out.println("Verified against the agreement as read: " + describe(verified));

        Agreement altered = org.interagency.agreements.AgreementBuilder.builder(agreement)
                .title(agreement.title() + " (amended)")
                .build();
        SignatureReport tampered = AgreementSignatures.verify(altered, signatures,
                (agencyId, keyId) -> Optional.ofNullable(trusted.get(keyId)));
        out.println("Verified against a copy with a changed title: " + describe(tampered));
    }

    private static String describe(SignatureReport report) {
        StringBuilder out = new StringBuilder(report.allHold() ? "all signatures hold" : "NOT all signatures hold");
        for (SignatureCheck check : report.checks()) {
            out.append("; ").append(check.signature().signerAgencyId()).append(": ").append(check.outcome());
        }
        return out.toString();
    }
}
