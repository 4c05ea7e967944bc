package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.core.RuleConfigurationException;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.report.ConfigurationFileException;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What {@code check} and {@code report} share: building the validator from {@code --as-of} and
 * {@code --config}, and reading and checking every document file (in parallel, alone or as a
 * portfolio) into one {@link CheckOutcome}.
 *
 * @param validator the validator to check with
 * @param portfolio whether the agreements are also checked against each other
 * @param keepText whether each document's text is kept, for the HTML report's excerpts
 * @param reader the reader, with the limits of the command line and the configuration
 * @param selection which files under a directory are read
 * @param stdin where the document named {@code -} is read from
 * @param stdinSyntax the syntax of that document
 * @param threads how many files are read and checked at once: {@code 0} for one per processor
 */
public record DocumentChecks(AgreementValidator validator, boolean portfolio, boolean keepText, AgreementJson reader,
        FileSelection selection, InputStream stdin, DocumentSyntax stdinSyntax, int threads) {

    /** How {@code -} is named in reports: no file has this name's angle brackets by accident. */
    public static final String STDIN_NAME = "<stdin>";

    /**
     * Checks that read and check files on as many threads as {@code threads} says.
     *
     * @param validator the validator to check with
     * @param portfolio whether the agreements are also checked against each other
     * @param keepText whether each document's text is kept, for the HTML report's excerpts
     * @param reader the reader, with the limits of the command line and the configuration
     * @param selection which files under a directory are read
     * @param stdin where the document named {@code -} is read from
     * @param stdinSyntax the syntax of that document
     * @param threads how many files are read and checked at once: {@code 0} for one per processor
     * @throws IllegalArgumentException if {@code threads} is negative
     */
    public DocumentChecks {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, not " + threads);
        }
    }

    /**
     * Checks that read and check files on one thread per processor.
     *
     * @param validator the validator to check with
     * @param portfolio whether the agreements are also checked against each other
     * @param keepText whether each document's text is kept, for the HTML report's excerpts
     * @param reader the reader, with the limits of the command line and the configuration
     * @param selection which files under a directory are read
     * @param stdin where the document named {@code -} is read from
     * @param stdinSyntax the syntax of that document
     */
    public DocumentChecks(AgreementValidator validator, boolean portfolio, boolean keepText, AgreementJson reader,
            FileSelection selection, InputStream stdin, DocumentSyntax stdinSyntax) {
        this(validator, portfolio, keepText, reader, selection, stdin, stdinSyntax, 0);
    }

    /**
     * Checks with the library's default limits, every document file of a directory, and no
     * standard input.
     *
     * @param validator the validator to check with
     * @param portfolio whether the agreements are also checked against each other
     * @param keepText whether each document's text is kept, for the HTML report's excerpts
     */
    public DocumentChecks(AgreementValidator validator, boolean portfolio, boolean keepText) {
        this(validator, portfolio, keepText, AgreementJson.defaults());
    }

    /**
     * Checks that read with {@code reader}, every document file of a directory, and no standard input.
     *
     * @param validator the validator to check with
     * @param portfolio whether the agreements are also checked against each other
     * @param keepText whether each document's text is kept, for the HTML report's excerpts
     * @param reader the reader, with the limits of the command line and the configuration
     */
    public DocumentChecks(AgreementValidator validator, boolean portfolio, boolean keepText, AgreementJson reader) {
        this(validator, portfolio, keepText, reader, FileSelection.all(), InputStream.nullInputStream(), DocumentSyntax.JSON);
    }

    /**
     * The configuration in {@code file}, read once (its rules for {@link #validator}, its limits
     * for the reader).
     *
     * @param file the configuration file, or {@code null} for none
     * @return the configuration, or {@code null} without a file
     * @throws CliException if the file cannot be read or is not a configuration, with the reason
     */
    public static @Nullable ConfigurationFile configuration(@Nullable Path file) {
        if (file == null) {
            return null;
        }
        try {
            return ConfigurationFile.read(file);
        } catch (ConfigurationFileException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * The validator of {@code --as-of}, the configuration of {@code --config} and {@code --pack}.
     *
     * @throws CliException if the configuration is not valid or a pack is unknown
     */
    public static AgreementValidator validator(@Nullable LocalDate asOf, @Nullable ConfigurationFile config,
            List<String> packs, List<Path> waivers) {
        AgreementValidator.Builder builder = AgreementValidator.builder();
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        for (Path file : waivers) {
            builder.waivers(readWaivers(file));
        }
        builder.packs(packs.toArray(String[]::new));
        if (config != null) {
            builder.configuration(config.rules());
        }
        try {
            return builder.build();
        } catch (RuleConfigurationException e) {
            // A waiver the validator rejects (an unknown rule, too long, twice) names itself; any
            // other id that nothing has came from --pack, or else from the configuration file.
            if (!waivers.isEmpty() && e.getMessage().startsWith("the waiver ")) {
                throw new CliException("waivers " + String.join(", ", waivers.stream().map(Messages::quoteName).toList())
                        + ": " + e.getMessage(), e);
            }
            String from = packs.contains(e.ruleId()) || config == null ? "--pack" : "configuration " + Messages.quoteName(config.file());
            throw new CliException(from + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException("configuration " + Messages.quoteName(config == null ? null : config.file()) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The waivers in {@code file}, or an error that names each problem with its line and column. */
    private static List<Waiver> readWaivers(Path file) {
        DocumentSyntax syntax = DocumentSyntax.ofFileName(file).orElseThrow(() -> new CliException(
                "waivers " + Messages.quoteName(file) + ": cannot tell its format: name it *.json, *.yaml or *.yml"));
        try {
            return AgreementJson.defaults().readWaivers(DocumentSource.of(file, syntax));
        } catch (AgreementReadException e) {
            StringBuilder message = new StringBuilder();
            for (ReadProblem problem : DocumentFiles.problems(e)) {
                message.append(message.length() == 0 ? "" : "; ").append("waivers ").append(Messages.quoteName(file)).append(':')
                        .append(problem.position().line()).append(':').append(problem.position().column()).append(": ")
                        .append(problem.message())
                        .append(problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")");
            }
            throw new CliException(message.toString(), e);
        }
    }

    /**
     * Reads and checks the document files {@code paths} name, printing why any could not be read
     * on {@code err} (one line each, escaped, starting with {@code command}).
     *
     * @throws CliException if the paths name no document file, or a portfolio holds one
     *     agreement id twice
     */
    public CheckOutcome check(List<Path> paths, String command, boolean progress, PrintWriter err) {
        List<Path> files = DocumentFiles.expand(paths, selection);
        if (files.isEmpty()) {
            throw new CliException("no *.json, *.yaml or *.yml files" + selection.describe() + " in "
                    + paths.stream().map(Messages::quoteName).collect(java.util.stream.Collectors.joining(", ")));
        }
        List<CheckedDocument> documents = readAll(files, progress, err);
        @Nullable PortfolioReport portfolioReport = null;
        if (portfolio) {
            portfolioReport = validatePortfolio(documents);
            documents = withPortfolioReports(documents, portfolioReport);
        }
        for (CheckedDocument document : documents) {
            for (ReadProblem problem : document.problems()) {
                // The path and the message may carry what a document or a file name holds.
                err.println(Messages.escape(command + ": " + Messages.quoteName(document.path()) + ":" + problem.position().line()
                        + ":" + problem.position().column() + ": " + problem.message()
                        + (problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")")));
            }
        }
        err.flush();
        return CheckOutcome.of(documents, portfolioReport, RuleSummary.of(validator));
    }

    /**
     * Reads and checks every file on a bounded pool of worker threads (as many as {@link #threads}
     * says, or as there are processors, at most one per file), collecting the results in the
     * order of the files so the output does not depend on which thread finished first.
     */
    private List<CheckedDocument> readAll(List<Path> files, boolean terminal, PrintWriter err) {
        int workers = Math.max(1, Math.min(files.size(), threads == 0 ? Runtime.getRuntime().availableProcessors() : threads));
        boolean progress = terminal && files.size() > 1;
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "agreements-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CheckedDocument>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> check(file, reader)));
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

    private CheckedDocument check(Path file, AgreementJson reader) {
        if (file.toString().equals("-")) {
            return checkStdin(reader);
        }
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
        CheckedDocument checked = CheckedDocument.checked(path, read.agreement(), report, read.positions());
        return keepText ? withText(checked, file) : checked;
    }

    /**
     * The one document of standard input, read within the reader's limits like a file (its text
     * kept from the same read, since standard input cannot be read twice).
     */
    private CheckedDocument checkStdin(AgreementJson reader) {
        byte[] bytes;
        try {
            bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxDocumentBytes() + 1));
        } catch (IOException e) {
            return CheckedDocument.unreadable(STDIN_NAME, List.of(ReadProblem.ofFile("cannot read standard input: "
                    + FileProblems.describe(e))));
        }
        ReadResult read;
        try {
            // A longer input is refused by the reader with its limit, as a file would be.
            read = reader.read(DocumentSource.of(bytes, STDIN_NAME, stdinSyntax));
        } catch (AgreementReadException e) {
            return CheckedDocument.unreadable(STDIN_NAME, DocumentFiles.problems(e));
        }
        Report report = portfolio ? Report.empty() : validator.validate(read.agreement());
        CheckedDocument checked = CheckedDocument.checked(STDIN_NAME, read.agreement(), report, read.positions());
        return keepText ? checked.withText(new String(bytes, StandardCharsets.UTF_8)) : checked;
    }

    /**
     * The document with its text, read again after the bounded read succeeded (so the file is
     * within the reader's size limit and is UTF-8); without it if the file changed meanwhile and
     * cannot be read: the report then shows no excerpts for it.
     */
    private static CheckedDocument withText(CheckedDocument document, Path file) {
        try {
            return document.withText(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return document;
        }
    }

    private PortfolioReport validatePortfolio(List<CheckedDocument> documents) {
        Map<String, String> pathById = new HashMap<>();
        List<Agreement> agreements = new ArrayList<>();
        for (CheckedDocument document : documents) {
            Agreement agreement = document.agreement();
            if (agreement == null) {
                continue;
            }
            String earlier = pathById.putIfAbsent(agreement.id(), document.path());
            if (earlier != null) {
                throw new CliException("--portfolio: " + Messages.quoteName(earlier) + " and " + Messages.quoteName(document.path()) + " both hold the agreement id "
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
            result.add(agreement == null || report == null ? document : document.withReport(report));
        }
        return result;
    }
}
