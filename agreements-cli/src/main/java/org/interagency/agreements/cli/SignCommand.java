package org.interagency.agreements.cli;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.FileProblems;
import org.interagency.agreements.cli.internal.KeyFiles;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements sign}: an agency's detached Ed25519 signature of an agreement. */
@Command(name = "sign",
        description = {
            "Signs the agreement's RFC 8785 canonical form for an agency with an Ed25519 private key, and"
                    + " writes a detached-signature document (JSON) to stdout or --output.",
            "The agency must be a party to the agreement. The signature holds whatever the layout of the"
                    + " document (JSON or YAML, key order, whitespace) and fails on any change of content.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the signature was written", ExitCodes.INVALID_INPUT_HELP})
final class SignCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The agreement document (JSON or YAML).")
    Path file;

    @Option(names = "--key", required = true, paramLabel = "K", description = "The private key file (PREFIX.key from keygen).")
    Path key;

    @Option(names = "--agency", required = true, paramLabel = "A", description = "The agency id of the signing party.")
    String agency;

    @Option(names = "--key-id", paramLabel = "ID",
            description = "The key id verifiers look the public key up by. Default: the key file's name without extension.")
    @Nullable String keyId;

    @Option(names = "--output", paramLabel = "SIG", description = "Write the signature document here (never overwritten) instead of stdout.")
    @Nullable Path output;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Agreement agreement = SingleDocument.read(file, limits.reader(null));
        if (agreement.party(agency).isEmpty()) {
            throw new CliException("agency " + Messages.quote(agency) + " is not a party to " + Messages.quoteName(file) + ": the parties are "
                    + String.join(", ", agreement.partyIds()));
        }
        DetachedSignature signature = AgreementSignatures.sign(agreement, agency,
                keyId == null ? KeyFiles.keyId(key) : keyId, KeyFiles.readPrivate(key));
        String document = AgreementSignatures.writeDocument(List.of(signature));
        if (!document.endsWith("\n")) {
            document += "\n";
        }
        if (output == null) {
            spec.commandLine().getOut().print(document);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, document, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new CliException("will not overwrite the existing signature " + Messages.quoteName(output) + ": choose another --output", e);
            } catch (IOException e) {
                throw new CliException("cannot write the signature " + Messages.quoteName(output) + ": " + FileProblems.describe(e), e);
            }
        }
        return ExitCodes.OK;
    }
}
