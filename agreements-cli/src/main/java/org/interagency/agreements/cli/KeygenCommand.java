package org.interagency.agreements.cli;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.KeyFiles;
import org.interagency.agreements.json.signing.AgreementSignatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;

/** {@code agreements keygen}: a new Ed25519 key pair for signing agreements. */
@Command(name = "keygen",
        description = {
            "Makes a new Ed25519 key pair: PREFIX.key (the private key, PKCS #8 PEM, readable by you only)"
                    + " and PREFIX.pub (the public key, X.509 PEM, for the verifiers).",
            "The key id is the file name without its extension: keygen --out keys/harris-county-2026 makes"
                    + " the key harris-county-2026. Existing files are never overwritten.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the key pair was written", "2:a key file exists already or cannot be written, or a usage error"})
final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "PREFIX",
            description = "Where to write the keys: PREFIX.key and PREFIX.pub.")
    Path prefix;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path privateKey = Path.of(prefix + ".key");
        Path publicKey = Path.of(prefix + ".pub");
        for (Path file : new Path[] {privateKey, publicKey}) {
            if (Files.exists(file)) {
                throw new CliException("will not overwrite the existing key file " + Messages.quoteName(file) + ": choose another --out");
            }
        }
        KeyPair pair = AgreementSignatures.generateKeyPair();
        KeyFiles.writePrivate(privateKey, pair.getPrivate());
        KeyFiles.writePublic(publicKey, pair.getPublic());
        spec.commandLine().getOut().println(Messages.escape("wrote " + Messages.quoteName(privateKey) + " (private: keep it secret) and "
                + Messages.quoteName(publicKey) + " (public: give it to the verifiers); key id " + Messages.quoteName(KeyFiles.keyId(privateKey))));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
