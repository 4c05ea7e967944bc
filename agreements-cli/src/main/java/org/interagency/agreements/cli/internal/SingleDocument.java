package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSourceException;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.ReadProblem;

import java.nio.file.Path;
import java.util.List;

/** Reading the one document of {@code render}, {@code digest}, {@code sign} and {@code verify}. */
public final class SingleDocument {

    private SingleDocument() {
    }

    /**
     * The agreement in {@code file}, read strictly.
     *
     * @throws CliException if the file cannot be read or is not an agreement document: the
     *     message names the file, line, column and pointer of the first problem
     */
    public static Agreement read(Path file) {
        return read(file, AgreementJson.defaults());
    }

    /**
     * The agreement in {@code file}, read strictly by {@code reader}.
     *
     * @throws CliException if the file cannot be read or is not an agreement document: the
     *     message names the file, line, column and pointer of the first problem
     */
    public static Agreement read(Path file, AgreementJson reader) {
        return readResult(file, reader).agreement();
    }

    /**
     * The agreement in {@code file}, read strictly, with where each of its values is in the file.
     *
     * @throws CliException as {@link #read(Path)} does
     */
    public static ReadResult readResult(Path file) {
        return readResult(file, AgreementJson.defaults());
    }

    /**
     * The agreement in {@code file}, read strictly by {@code reader}, with where each of its
     * values is in the file.
     *
     * @throws CliException as {@link #read(Path)} does
     */
    public static ReadResult readResult(Path file, AgreementJson reader) {
        DocumentSyntax syntax = DocumentSyntax.ofFileName(file).orElseThrow(() -> new CliException(
                Messages.quoteName(file) + ": cannot tell the document's format from its name: name it *.json, *.yaml or *.yml"));
        try {
            return reader.read(DocumentSource.of(file, syntax));
        } catch (DocumentSourceException e) {
            throw new CliException("cannot read " + Messages.quoteName(file) + ": " + e.reason(), e);
        } catch (AgreementReadException e) {
            List<ReadProblem> problems = DocumentFiles.problems(e);
            ReadProblem first = problems.get(0);
            int more = e.problems().size() - 1;
            throw new CliException(Messages.quoteName(file) + ":" + first.position().line() + ":" + first.position().column() + ": "
                    + first.message() + (first.pointer().isRoot() ? "" : " (at " + first.pointer() + ")")
                    + (more > 0 || e.problemsCut() ? " (and " + (e.problemsCut() ? "more than " : "") + more
                            + " other problem" + (more == 1 && !e.problemsCut() ? "" : "s") + "; 'agreements check' lists them)" : ""), e);
        }
    }
}
