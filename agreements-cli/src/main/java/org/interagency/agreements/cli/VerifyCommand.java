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
import picocli.CommandLine.Mixin;
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
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

/** {@code agreements verify}: whether the detached signatures of an agreement hold. */
@Command(name = "verify",
        description = {
            "Checks each signature in the SIGNATURE documents against the agreement's canonical form, with"
                    + " the public keys you trust (--trust AGENCY=FILE.pub; the key id is the file name without"
                    + " its extension).",
            "Prints one line per signature (holds, DOES NOT HOLD, or NOT A PARTY for a signature that holds from"
                    + " an agency the agreement does not name), then the parties that have not signed.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every signature holds, every signer is a party, and every party has signed (with"
                + " --allow-partial: some may not have)", "1:a signature does not hold (changed agreement, wrong or"
                + " unknown key), a signer is not a party, a party has not signed, or there is no signature",
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

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--allow-partial",
            description = "Exit 0 even if some parties have not signed, when every signature given holds and comes"
                    + " from a party.")
    boolean allowPartial;

    @Override
    public Integer call() {
        Agreement agreement = SingleDocument.read(file, limits.reader(null));
        Map<String, Map<String, PublicKey>> keys = trustedKeys();
        List<DetachedSignature> signatures = new ArrayList<>();
        for (Path signatureFile : signatureFiles) {
            signatures.addAll(readSignatures(signatureFile));
        }
        SignatureReport report = AgreementSignatures.verify(agreement, signatures,
                (agency, keyId) -> Optional.ofNullable(keys.getOrDefault(agency, Map.of()).get(keyId)));
        PrintWriter out = spec.commandLine().getOut();
        Set<String> parties = new LinkedHashSet<>(agreement.partyIds());
        boolean verified = !report.checks().isEmpty();
        for (SignatureCheck check : report.checks()) {
            DetachedSignature signature = check.signature();
            // Every field comes from the signature document: each is quoted where it needs it.
            String who = Messages.quoteName(signature.signerAgencyId()) + " (key " + Messages.quoteName(signature.keyId())
                    + ")";
            if (!check.holds()) {
                out.println(Messages.escape("DOES NOT HOLD  " + who + ": " + reason(check.outcome())));
                verified = false;
            } else if (!parties.contains(signature.signerAgencyId())) {
                out.println(Messages.escape("NOT A PARTY    " + who + ": the signature holds, but the agency is not a"
                        + " party to the agreement"));
                verified = false;
            } else {
                out.println(Messages.escape("holds          " + who));
            }
        }
        if (report.checks().isEmpty()) {
            out.println("no signatures: the signature documents hold none");
        }
        Set<String> unsigned = new LinkedHashSet<>(parties);
        unsigned.removeAll(report.agenciesThatSigned());
        if (unsigned.isEmpty()) {
            out.println("every party has signed");
        } else {
            out.println(Messages.escape("not signed by: " + unsigned.stream().map(Messages::quoteName)
                    .collect(Collectors.joining(", ")) + (allowPartial ? " (allowed by --allow-partial)" : "")));
            verified &= allowPartial;
        }
        out.flush();
        return verified ? ExitCodes.OK : ExitCodes.FINDINGS;
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
            throw new CliException("signature " + Messages.quoteName(signatureFile) + ":" + e.line() + ":" + e.column() + " is not a signature"
                    + " document: " + e.problems().get(0).message()
                    + (e.problems().get(0).pointer().isRoot() ? "" : " (at " + e.problems().get(0).pointer() + ")"), e);
        }
    }

    private static String reason(SignatureCheck.Outcome outcome) {
        return switch (outcome) {
            case HOLDS -> "holds";
            case DOES_NOT_HOLD -> "the agreement changed since it was signed, or another key signed it";
            case UNKNOWN_KEY -> "no trusted key by this id for this agency (add --trust AGENCY=FILE.pub)";
            case UNSUPPORTED_ALGORITHM -> "the algorithm is not Ed25519";
            case MALFORMED -> "the signature value is not the canonical base64 of an Ed25519 signature, or the trusted"
                    + " key is not an Ed25519 key";
        };
    }
}
