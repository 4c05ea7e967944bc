package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.Baseline;
import org.interagency.agreements.report.BaselineComparison;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.rules.Messages;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --baseline FILE}: the baseline is either a JSON report of an earlier check
 * ({@code check --format json}), or the earlier version of an agreement checked now (a document).
 * With a version, the check of the current document of the same agreement gets the comparison of
 * the two versions ({@code RuleContext.previousVersion()}), so a renewal that changes the program
 * is reported.
 *
 * @param comparison the check compared with the earlier findings
 * @param outcome the check, with the current version re-checked against the earlier one when the
 *     baseline is a version
 */
public record BaselineFiles(BaselineComparison comparison, CheckOutcome outcome) {

    /**
     * Compares {@code outcome} with the baseline in {@code file}.
     *
     * @throws CliException if the file cannot be read, is neither a report nor an agreement
     *     document, or (a version) no document checked is a version of its agreement
     */
    public static BaselineFiles compare(Path file, CheckOutcome outcome, AgreementValidator validator) {
        String name = "--baseline " + Messages.escape(file);
        try {
            if (isReport(file)) {
                return new BaselineFiles(Baseline.readReport(file).compare(outcome), outcome);
            }
        } catch (UncheckedIOException e) {
            throw new CliException(name + ": cannot read the file: " + FileProblems.describe(e.getCause()), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(name + ": " + e.getMessage(), e);
        }
        ReadResult read = SingleDocument.readResult(file);
        Agreement previous = read.agreement();
        List<CheckedDocument> documents = new ArrayList<>();
        boolean found = false;
        for (CheckedDocument document : outcome.documents()) {
            Agreement current = document.agreement();
            if (current != null && current.id().equals(previous.id())) {
                found = true;
                try {
                    document = document.withReport(validator.validate(current, previous));
                } catch (IllegalArgumentException e) {
                    throw new CliException(name + ": " + e.getMessage(), e);
                }
            }
            documents.add(document);
        }
        if (!found) {
            throw new CliException(name + ": no document checked holds the agreement " + Messages.quote(previous.id())
                    + ", of which the baseline is a version");
        }
        CheckOutcome checked = new CheckOutcome(documents, outcome.portfolioFindings(), outcome.rules());
        CheckedDocument earlier = CheckedDocument.checked(file.toString().replace(File.separatorChar, '/'), previous,
                validator.validate(previous), read.positions());
        Baseline baseline = Baseline.of(new CheckOutcome(List.of(earlier), List.of(), outcome.rules()));
        return new BaselineFiles(baseline.compare(checked), checked);
    }

    /**
     * Whether {@code file} is a JSON report rather than an agreement document: a JSON file whose
     * first key is not one an agreement starts with. YAML is always a document.
     */
    private static boolean isReport(Path file) {
        if (DocumentSyntax.ofFileName(file).orElse(DocumentSyntax.JSON) != DocumentSyntax.JSON) {
            return false;
        }
        // A report starts with "documents"; the first kilobyte says which it is.
        byte[] head = new byte[1024];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String start = new String(head, 0, length, StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") && start.substring(1).stripLeading().startsWith("\"documents\"");
    }
}
