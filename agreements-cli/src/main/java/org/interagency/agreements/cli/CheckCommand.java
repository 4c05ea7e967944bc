package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements check}: reads agreement documents and reports what the rules find. */
@Command(name = "check",
        description = {
            "Checks agreement documents against the rules and reports the findings.",
            "Each FILE is read as JSON (*.json) or YAML (*.yaml, *.yml); each DIR is searched for"
                    + " such files. Text output groups findings by document with line and column,"
                    + " severity, rule id, JSON Pointer, message and hint, and ends with counts.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.FINDINGS_HELP, ExitCodes.INVALID_INPUT_HELP})
final class CheckCommand implements Callable<Integer> {

    /** The output formats of {@code --format}. */
    enum Format {
        TEXT, JSON, SARIF
    }

    /** The thresholds of {@code --fail-on}. */
    enum FailOn {
        ERROR, WARNING, NEVER
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Agreement documents, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Output: text for people, json for programs, sarif (SARIF 2.1.0) for code-scanning tools."
                    + " Default: text.")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe (never: only unreadable input fails)."
                    + " Default: error.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A rule configuration (JSON or YAML): disabled rule ids, severities by rule id, packs."
                    + " An unknown rule id is an error.")
    @Nullable Path config;

    @Option(names = "--pack", paramLabel = "ID",
            description = "Run only the rules of this pack (repeatable): a principle such as roles, principles for"
                    + " all of them, or a legal pack such as us-cma. Default: the principle packs."
                    + " Adds to the packs of --config.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--portfolio",
            description = "Also check the agreements against each other: an agency accountable for the same work,"
                    + " place and time under two agreements.")
    boolean portfolio;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Check as if today were DATE (yyyy-MM-dd), for rules about time such as overdue reviews."
                    + " Default: today (UTC).")
    @Nullable LocalDate asOf;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A waiver file (JSON or YAML): findings accepted, each with a justification, an approver and"
                    + " an expiry date. A waived finding stays in the report, marked, and does not count toward"
                    + " --fail-on. May be given more than once.")
    List<Path> waivers = new ArrayList<>();

    @Option(names = "--explain",
            description = "Add to the text report a table per agreement of what every rule did: found, passed, not"
                    + " applicable, unknown, disabled, not selected or failed, with the reason. (JSON and SARIF always"
                    + " hold the outcomes.)")
    boolean explain;

    @ParentCommand
    AgreementsCli parent;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckOutcome outcome = new DocumentChecks(DocumentChecks.validator(asOf, config, packs, waivers), portfolio, false,
                limits.reader(config))
                .check(paths, spec.qualifiedName(), parent.terminal(), err);
        switch (format) {
            case TEXT -> ReportWriter.text(explain).write(outcome, out);
            case JSON -> ReportWriter.json().write(outcome, out);
            case SARIF -> ReportWriter.sarif(AgreementsCli.Version.version()).write(outcome, out);
        }
        if (outcome.hasUnreadable()) {
            return ExitCodes.INVALID_INPUT;
        }
        return switch (failOn) {
            case NEVER -> ExitCodes.OK;
            case ERROR -> outcome.hasFindingsAtLeast(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case WARNING -> outcome.hasFindingsAtLeast(Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }
}
