package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.cli.internal.TextFile;
import org.interagency.agreements.cli.internal.VersionFiles;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements report}: the check's findings as one self-contained HTML page. */
@Command(name = "report",
        description = {
            "Checks agreement documents like check and writes what it finds as one self-contained HTML page:"
                    + " the counts, each document's findings by severity with the source around each, its RACI"
                    + " matrix with overlaps and gaps marked in place, and its data flows and escalation ladders"
                    + " as diagrams. The page loads nothing and runs no script: open it from a disk, an e-mail"
                    + " or an archive, or print it.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the page was written (whatever it found)", ExitCodes.INVALID_INPUT_HELP
                + "; the page is still written, and lists the files it could not read"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Agreement documents, or directories of them"
            + " (none with --diff).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "report.html",
            description = "Where to write the page. Default: report.html.")
    Path output = Path.of("report.html");

    @Option(names = "--config", paramLabel = "FILE",
            description = "A rule configuration (JSON or YAML), as for check; found as check finds it when not named.")
    @Nullable Path config;

    @Option(names = "--pack", paramLabel = "ID",
            description = "Run only the rules of this pack (repeatable), as for check. Default: the principle packs.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--portfolio",
            description = "Also check the agreements against each other, and show what they find between agreements.")
    boolean portfolio;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Check as if today were DATE (yyyy-MM-dd); the page says so. Default: today (UTC).")
    @Nullable LocalDate asOf;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A waiver file (JSON or YAML): the page shows each waived finding with its waiver, and counts"
                    + " before and after waivers. May be given more than once.")
    List<Path> waivers = new ArrayList<>();

    @Option(names = "--diff", arity = "2", paramLabel = "OLD NEW",
            description = "Instead of FILEs: two versions of one agreement. The page shows the changes between them by"
                    + " class (material, administrative) with the findings NEW introduces and resolves, then both"
                    + " documents as check sees them (NEW checked as the version that follows OLD).")
    List<Path> diff = new ArrayList<>();

    @ParentCommand
    AgreementsCli parent;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ConfigurationFile configuration = DocumentChecks.configuration(config != null ? config
                : ConfigurationFile.discover(parent.environment().workingDirectory()).orElse(null));
        AgreementValidator validator = DocumentChecks.validator(asOf, configuration, packs, waivers);
        CheckOutcome outcome;
        ReportWriter writer;
        if (diff.isEmpty()) {
            if (paths.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "name the documents to report on, or two versions with --diff");
            }
            outcome = assessed(new DocumentChecks(validator, portfolio, true, limits.reader(configuration))
                    .check(paths, spec.qualifiedName(), parent.terminal(), err), validator);
            writer = ReportWriter.html(asOf);
        } else {
            if (!paths.isEmpty() || portfolio) {
                throw new ParameterException(spec.commandLine(), "--diff reports on its two versions only: name no other"
                        + " document, and no --portfolio");
            }
            VersionOutcome versions = VersionFiles.compare(diff.get(0), diff.get(1), false, validator);
            outcome = CheckOutcome.of(List.of(versions.previous(), versions.current()), null, RuleSummary.of(validator));
            writer = ReportWriter.html(asOf, versions);
        }
        TextFile.write(output, Messages.quoteName(output), out -> writer.write(outcome, out));
        return outcome.hasUnreadable() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    /** The outcome with each readable document's collaboration assessment, against its own report. */
    private static CheckOutcome assessed(CheckOutcome outcome, AgreementValidator validator) {
        List<CheckedDocument> documents = new ArrayList<>();
        for (CheckedDocument document : outcome.documents()) {
            Agreement agreement = document.agreement();
            documents.add(agreement == null ? document
                    : document.withAssessment(Rubric.builtIn().assess(agreement, document.report(), validator)));
        }
        return new CheckOutcome(documents, outcome.portfolioFindings(), outcome.rules());
    }
}
