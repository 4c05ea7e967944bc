package org.interagency.agreements.cli;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.json.signing.CanonicalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code agreements digest}: the SHA-256 digest of an agreement's canonical form. */
@Command(name = "digest",
        description = {
            "Prints the SHA-256 digest of the agreement's RFC 8785 canonical form, as 'sha256sum' does:"
                    + " 64 hex digits, two spaces, the file.",
            "The digest depends on the content only: the same agreement in JSON or YAML, in any key"
                    + " order or layout, has the same digest.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the digest was written", ExitCodes.INVALID_INPUT_HELP})
final class DigestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An agreement document (JSON or YAML).")
    Path file;

    @Option(names = "--canonical", description = "Print the canonical form itself (the bytes that are hashed and signed).")
    boolean canonical;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Agreement agreement = SingleDocument.read(file, limits.reader(null));
        if (canonical) {
            spec.commandLine().getOut().println(new String(CanonicalJson.canonicalize(agreement), StandardCharsets.UTF_8));
        } else {
            spec.commandLine().getOut().println(CanonicalJson.sha256Hex(agreement) + "  " + Messages.quoteName(file));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
