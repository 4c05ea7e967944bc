package org.interagency.agreements.cli;

import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.ConfigurationFile;
import org.interagency.agreements.cli.internal.DocumentFiles;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.RuleConfigurationException;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AgreementValidator validator = validator();
        AgreementJson reader = AgreementJson.defaults();
        List<Path> files = DocumentFiles.expand(paths);
        if (files.isEmpty()) {
            throw new CliException("no *.json, *.yaml or *.yml files in " + paths);
        }
        List<CheckedDocument> documents = readAll(files, reader, validator, err);
        @Nullable PortfolioReport portfolioReport = null;
        if (portfolio) {
            portfolioReport = validatePortfolio(validator, documents);
            documents = withPortfolioReports(documents, portfolioReport);
        }
        for (CheckedDocument document : documents) {
            for (ReadProblem problem : document.problems()) {
                // The path and the message may carry what a document or a file name holds.
                err.println(Messages.escape(spec.qualifiedName() + ": " + document.path() + ":" + problem.position().line()
                        + ":" + problem.position().column() + ": " + problem.message()
                        + (problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")")));
            }
        }
        err.flush();
        CheckOutcome outcome = CheckOutcome.of(documents, portfolioReport, RuleSummary.of(validator));
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

    private AgreementValidator validator() {
        AgreementValidator.Builder builder = AgreementValidator.builder();
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        for (Path file : waivers) {
            builder.waivers(readWaivers(file));
        }
        builder.packs(packs.toArray(String[]::new));
        if (config != null) {
            builder.configuration(ConfigurationFile.read(config));
        }
        try {
            return builder.build();
        } catch (RuleConfigurationException e) {
            // A waiver the validator rejects (an unknown rule, too long, twice) names itself; any
            // other id that nothing has came from --pack, or else from the configuration file.
            if (!waivers.isEmpty() && e.getMessage().startsWith("the waiver ")) {
                throw new CliException("waivers " + String.join(", ", waivers.stream().map(Path::toString).toList())
                        + ": " + e.getMessage(), e);
            }
            String from = packs.contains(e.ruleId()) || config == null ? "--pack" : "configuration " + config;
            throw new CliException(from + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException("configuration " + config + ": " + e.getMessage(), e);
        }
    }

    /** The waivers in {@code file}, or an error that names each problem with its line and column. */
    private static List<Waiver> readWaivers(Path file) {
        DocumentSyntax syntax = DocumentSyntax.ofFileName(file).orElseThrow(() -> new CliException(
                "waivers " + file + ": cannot tell its format: name it *.json, *.yaml or *.yml"));
        try {
            return AgreementJson.defaults().readWaivers(DocumentSource.of(file, syntax));
        } catch (AgreementReadException e) {
            StringBuilder message = new StringBuilder();
            for (ReadProblem problem : DocumentFiles.problems(e)) {
                message.append(message.length() == 0 ? "" : "; ").append("waivers ").append(file).append(':')
                        .append(problem.position().line()).append(':').append(problem.position().column()).append(": ")
                        .append(problem.message())
                        .append(problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")");
            }
            throw new CliException(message.toString(), e);
        }
    }

    /**
     * Reads and checks every file on a bounded pool of worker threads (as many as there are
     * processors, at most one per file), collecting the results in the order of the files so the
     * output does not depend on which thread finished first.
     */
    private List<CheckedDocument> readAll(List<Path> files, AgreementJson reader, AgreementValidator validator, PrintWriter err) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        boolean progress = parent.terminal() && files.size() > 1;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "agreements-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CheckedDocument>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> check(file, reader, validator)));
            }
            List<CheckedDocument> documents = new ArrayList<>(files.size());
            for (Future<CheckedDocument> future : futures) {
                documents.add(future.get());
                if (progress) {
                    err.print("\rchecked " + documents.size() + " of " + files.size() + " documents");
                    err.flush();
                }
            }
            if (progress) {
                err.print("\r\u001b[K");
                err.flush();
            }
            return documents;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while checking", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private CheckedDocument check(Path file, AgreementJson reader, AgreementValidator validator) {
        String path = file.toString().replace(File.separatorChar, '/');
        Optional<DocumentSyntax> syntax = DocumentSyntax.ofFileName(file);
        if (syntax.isEmpty()) {
            return CheckedDocument.unreadable(path, List.of(ReadProblem.ofFile(
                    "cannot tell the document's format from its name: name it *.json, *.yaml or *.yml")));
        }
        ReadResult read;
        try {
            read = reader.read(DocumentSource.of(file, syntax.get()));
        } catch (AgreementReadException e) {
            return CheckedDocument.unreadable(path, DocumentFiles.problems(e));
        }
        // In a portfolio the reports come from the portfolio check, which validates each agreement.
        Report report = portfolio ? Report.empty() : validator.validate(read.agreement());
        return CheckedDocument.checked(path, read.agreement(), report, read.positions());
    }

    private static PortfolioReport validatePortfolio(AgreementValidator validator, List<CheckedDocument> documents) {
        Map<String, String> pathById = new HashMap<>();
        List<Agreement> agreements = new ArrayList<>();
        for (CheckedDocument document : documents) {
            Agreement agreement = document.agreement();
            if (agreement == null) {
                continue;
            }
            String earlier = pathById.putIfAbsent(agreement.id(), document.path());
            if (earlier != null) {
                throw new CliException("--portfolio: " + earlier + " and " + document.path() + " both hold the agreement id "
                        + agreement.id() + ": a portfolio holds each agreement once; check them separately or give one a new id");
            }
            agreements.add(agreement);
        }
        return validator.validatePortfolio(agreements);
    }

    private static List<CheckedDocument> withPortfolioReports(List<CheckedDocument> documents, PortfolioReport portfolio) {
        List<CheckedDocument> result = new ArrayList<>(documents.size());
        for (CheckedDocument document : documents) {
            Agreement agreement = document.agreement();
            Report report = agreement == null ? null : portfolio.report(agreement.id());
            result.add(agreement == null || report == null ? document
                    : CheckedDocument.checked(document.path(), agreement, report, Objects.requireNonNull(document.positions())));
        }
        return result;
    }
}
