package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.core.AgreementDiff;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code diff} and {@code report --diff} share: reading two versions of an agreement,
 * comparing them, and checking both when their findings are wanted.
 */
public final class VersionFiles {

    private VersionFiles() {
    }

    /**
     * The two documents compared, and, with a validator, their findings: {@code previous} checked
     * alone, {@code current} checked with {@code previous} as the version it follows (so that a
     * rule about renewals sees the changes).
     *
     * @param force compare two documents with different agreement ids, as if the earlier one
     *     had the later one's id and named no version
     * @param validator checks both versions; {@code null} to compare the changes only
     * @throws CliException if a file cannot be read, or the documents are not versions of one
     *     agreement (and {@code force} is not set)
     */
    public static VersionOutcome compare(Path previousFile, Path currentFile, boolean force,
            @Nullable AgreementValidator validator) {
        CheckedDocument previous = read(previousFile);
        CheckedDocument current = read(currentFile);
        Agreement before = previous.agreement();
        Agreement after = current.agreement();
        if (before == null || after == null) {
            throw new IllegalStateException("a document read has an agreement");
        }
        if (force && !before.id().equals(after.id())) {
            before = AgreementBuilder.builder(before).id(after.id()).lineage(null).build();
        }
        VersionComparison comparison;
        try {
            comparison = AgreementDiff.between(before, after);
        } catch (IllegalArgumentException e) {
            throw new CliException(Messages.escape(previousFile) + " and " + Messages.escape(currentFile) + ": "
                    + e.getMessage() + (before.id().equals(after.id()) ? "" : " (--force compares them all the same)"), e);
        }
        FindingComparison findings = null;
        if (validator != null) {
            Report previousReport = validator.validate(before);
            Report currentReport = validator.validate(after, before);
            previous = previous.withReport(previousReport);
            current = current.withReport(currentReport);
            findings = AgreementDiff.findings(previousReport, currentReport);
        }
        return new VersionOutcome(previous, current, comparison, findings);
    }

    /** The document in {@code file}, read strictly, with its positions and its text (for the HTML page). */
    private static CheckedDocument read(Path file) {
        ReadResult read = SingleDocument.readResult(file);
        CheckedDocument document = CheckedDocument.checked(file.toString().replace(File.separatorChar, '/'),
                read.agreement(), Report.empty(), read.positions());
        try {
            // Read again after the bounded read succeeded: within its size limit, and UTF-8.
            return document.withText(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return document;
        }
    }
}
