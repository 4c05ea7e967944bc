package org.interagency.agreements.cli;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.InputFiles;
import org.interagency.agreements.cli.internal.KeyFiles;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.interagency.agreements.json.signing.SignatureCheck;
import org.interagency.agreements.json.signing.SignatureReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code agreements verify}: whether the detached signatures of an agreement hold. */
@Command(name = "verify",
        description = {
            "Checks each signature in the SIGNATURE documents against the agreement's canonical form, with"
                    + " the public keys you trust (--trust AGENCY=FILE.pub; the key id is the file name without"
                    + " its extension).",
            "Prints one line per signature, then the parties that have not signed.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every signature holds", "1:a signature does not hold (changed agreement, wrong or unknown key)",
            ExitCodes.INVALID_INPUT_HELP})
final class VerifyCommand implements Callable<Integer> {

    /** A detached-signature document holds a few signatures; a larger file is not one. */
    private static final long MAX_SIGNATURE_BYTES = 1 << 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "The agreement document (JSON or YAML).")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SIGNATURE", description = "Detached-signature documents, from 'agreements sign'.")
    List<Path> signatureFiles = new ArrayList<>();

    @Option(names = "--trust", required = true, paramLabel = "AGENCY=FILE",
            description = "A public key you trust for an agency (a .pub file from keygen). Repeat for each agency.")
    List<String> trusted = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Agreement agreement = SingleDocument.read(file);
        Map<String, Map<String, PublicKey>> keys = trustedKeys();
        List<DetachedSignature> signatures = new ArrayList<>();
        for (Path signatureFile : signatureFiles) {
            signatures.addAll(readSignatures(signatureFile));
        }
        SignatureReport report = AgreementSignatures.verify(agreement, signatures,
                (agency, keyId) -> Optional.ofNullable(keys.getOrDefault(agency, Map.of()).get(keyId)));
        PrintWriter out = spec.commandLine().getOut();
        for (SignatureCheck check : report.checks()) {
            DetachedSignature signature = check.signature();
            // The agency and key ids come from the signature document.
            out.println(Messages.escape((check.holds() ? "holds          " : "DOES NOT HOLD  ") + signature.signerAgencyId()
                    + " (key " + signature.keyId() + ")" + (check.holds() ? "" : ": " + reason(check.outcome()))));
        }
        Set<String> unsigned = new LinkedHashSet<>(agreement.partyIds());
        unsigned.removeAll(report.agenciesThatSigned());
        out.println(unsigned.isEmpty() ? "every party has signed"
                : "not signed by: " + String.join(", ", unsigned));
        out.flush();
        return report.allHold() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private Map<String, Map<String, PublicKey>> trustedKeys() {
        Map<String, Map<String, PublicKey>> keys = new HashMap<>();
        for (String entry : trusted) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new CliException("--trust " + Messages.quote(entry) + ": write AGENCY=FILE, for example"
                        + " --trust harris-county=keys/harris-county-2026.pub");
            }
            Path keyFile = Path.of(entry.substring(equals + 1));
            keys.computeIfAbsent(entry.substring(0, equals), agency -> new HashMap<>())
                    .put(KeyFiles.keyId(keyFile), KeyFiles.readPublic(keyFile));
        }
        return keys;
    }

    private static List<DetachedSignature> readSignatures(Path signatureFile) {
        String text = InputFiles.readText(signatureFile, MAX_SIGNATURE_BYTES, "signature");
        try {
            return AgreementSignatures.readDocument(text);
        } catch (AgreementReadException e) {
            throw new CliException("signature " + signatureFile + ":" + e.line() + ":" + e.column() + " is not a signature"
                    + " document: " + e.problems().get(0).message(), e);
        }
    }

    private static String reason(SignatureCheck.Outcome outcome) {
        return switch (outcome) {
            case HOLDS -> "holds";
            case DOES_NOT_HOLD -> "the agreement changed since it was signed, or another key signed it";
            case UNKNOWN_KEY -> "no trusted key by this id for this agency (add --trust AGENCY=FILE.pub)";
            case UNSUPPORTED_ALGORITHM -> "the algorithm is not Ed25519";
            case MALFORMED -> "the signature value is not base64, or the trusted key is not an Ed25519 key";
        };
    }
}
