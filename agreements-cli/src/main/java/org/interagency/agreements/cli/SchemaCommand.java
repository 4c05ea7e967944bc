package org.interagency.agreements.cli;

import org.interagency.agreements.json.AgreementSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code agreements schema}: the JSON Schema of the document format. */
@Command(name = "schema",
        description = "Prints the JSON Schema (draft 2020-12) of agreement documents, for systems not written in Java.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the schema was written"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = AgreementSchema.text();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
