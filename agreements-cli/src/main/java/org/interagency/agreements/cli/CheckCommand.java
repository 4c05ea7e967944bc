package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.BaselineFiles;
import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.cli.internal.FileSelection;
import org.interagency.agreements.cli.internal.ProcessEnvironment;
import org.interagency.agreements.cli.internal.ReportFile;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.report.BaselineComparison;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
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
import java.util.Locale;
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
        TEXT, JSON, SARIF, JUNIT, GITHUB
    }

    /** The syntaxes of {@code --stdin-format}. */
    enum StdinFormat {
        JSON, YAML
    }

    /** The thresholds of {@code --fail-on}. */
    enum FailOn {
        ERROR, WARNING, NEVER
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = "Agreement documents, or directories of them; - reads one document from standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif|junit|github", defaultValue = "text",
            description = "Output: text for people (in colour on a terminal, unless NO_COLOR is set), json for programs,"
                    + " sarif (SARIF 2.1.0) for code-scanning tools, junit (JUnit XML) for CI servers such as Jenkins and"
                    + " GitLab, github for GitHub Actions annotations. Default: text.")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replacing it whole) instead of standard output, which then shows"
                    + " only the closing counts.")
    @Nullable Path output;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the closing counts, and nothing at all when every document was read and has no"
                    + " active finding. With a format other than text, the report needs --output.")
    boolean quiet;

    @Option(names = "--stdin-format", paramLabel = "json|yaml", defaultValue = "json",
            description = "The syntax of the document read from standard input (-). Default: json.")
    StdinFormat stdinFormat = StdinFormat.JSON;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In a directory, read only the files whose path under it matches GLOB (repeatable), such as"
                    + " 'agreements/**' or '**/*.mou.yaml'. Files named on the command line are always read.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "In a directory, skip the files and directories whose path under it matches GLOB (repeatable),"
                    + " such as 'drafts' or '**/*.config.yaml'. Hidden files and directories are always skipped.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe (never: only unreadable input fails)."
                    + " Default: error.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A rule configuration (JSON or YAML): disabled rule ids, severities by rule id, packs."
                    + " An unknown rule id is an error. Default: the first .agreements.yaml, .agreements.yml or"
                    + " .agreements.json in the working directory or the nearest directory above it.")
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with an earlier check: FILE is its JSON report (--format json), or the earlier version"
                    + " of an agreement checked (a document: the current version is then checked as the one that follows"
                    + " it). Findings are matched by fingerprint; only new ones count toward --fail-on, and the report"
                    + " says how many were resolved.")
    @Nullable Path baseline;

    @Option(names = "--threads", paramLabel = "N",
            description = "Read and check N files at once. Default: one per processor. The output is the same for any N.")
    @Nullable Integer threads;

    @ParentCommand
    AgreementsCli parent;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProcessEnvironment environment = parent.environment();
        if (quiet && output == null && format != Format.TEXT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quiet prints only the counts: name a file"
                    + " with --output for the " + format.name().toLowerCase(Locale.ROOT) + " report");
        }
        if (paths.stream().filter(p -> p.toString().equals("-")).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) may be named only once");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Read once: its rules go to the validator, its limits to the reader.
        ConfigurationFile configuration = DocumentChecks.configuration(
                config != null ? config : ConfigurationFile.discover(environment.workingDirectory()).orElse(null));
        AgreementValidator validator = DocumentChecks.validator(asOf, configuration, packs, waivers);
        DocumentChecks checks = new DocumentChecks(validator, portfolio, false, limits.reader(configuration),
                FileSelection.of(include, exclude), environment.stdin(),
                stdinFormat == StdinFormat.YAML ? DocumentSyntax.YAML : DocumentSyntax.JSON, threads == null ? 0 : threads);
        CheckOutcome checked = checks.check(paths, spec.qualifiedName(), environment.stderrIsTerminal(), err);
        BaselineComparison compared = null;
        if (baseline != null) {
            BaselineFiles files = BaselineFiles.compare(baseline, checked, validator);
            checked = files.outcome();
            compared = files.comparison();
        }
        CheckOutcome outcome = checked;
        BaselineComparison against = compared;
        boolean clean = !outcome.hasUnreadable() && !outcome.hasFindingsAtLeast(Severity.INFO);
        if (output != null) {
            ReportWriter writer = writer(false, against);
            ReportFile.write(output, file -> writer.write(outcome, file));
        }
        if (quiet || output != null) {
            if (!(quiet && clean)) {
                ReportWriter.summary().write(outcome, out);
            }
        } else {
            writer(environment.colour(), against).write(outcome, out);
        }
        if (outcome.hasUnreadable()) {
            return ExitCodes.INVALID_INPUT;
        }
        return switch (failOn) {
            case NEVER -> ExitCodes.OK;
            case ERROR -> fails(outcome, compared, Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case WARNING -> fails(outcome, compared, Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }

    /**
     * The writer of {@code --format}; with a baseline, text, JSON and SARIF mark what is new. The
     * JUnit test cases fail at the {@code --fail-on} threshold (error for never).
     */
    private ReportWriter writer(boolean colour, @Nullable BaselineComparison compared) {
        if (compared != null && (format == Format.TEXT || format == Format.JSON || format == Format.SARIF)) {
            return switch (format) {
                case JSON -> ReportWriter.json(compared);
                case SARIF -> ReportWriter.sarif(AgreementsCli.Version.version(), compared);
                default -> ReportWriter.text(explain, compared);
            };
        }
        return switch (format) {
            case TEXT -> ReportWriter.text(explain, colour);
            case JSON -> ReportWriter.json();
            case SARIF -> ReportWriter.sarif(AgreementsCli.Version.version());
            case JUNIT -> ReportWriter.junit(failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR);
            case GITHUB -> ReportWriter.github();
        };
    }

    /**
     * Whether the check fails at {@code threshold}: on any active finding, or with a baseline on a
     * new one (in a document or between agreements).
     */
    private static boolean fails(CheckOutcome outcome, @Nullable BaselineComparison compared, Severity threshold) {
        if (compared == null) {
            return outcome.hasFindingsAtLeast(threshold);
        }
        return compared.hasNewFindingsAtLeast(threshold);
    }
}
