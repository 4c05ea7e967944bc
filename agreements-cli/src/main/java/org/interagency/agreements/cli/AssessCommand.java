package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.PortfolioAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.DocumentFiles;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.cli.internal.TextFile;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.report.AssessmentOutcome;
import org.interagency.agreements.report.AssessmentWriter;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements assess}: the documented level of each principle, with next steps. */
@Command(name = "assess",
        description = {
            "Assesses how far each agreement documents the ten principles of interagency collaboration:"
                    + " a level from 0 (absent) to 4 (sustained) per principle, the criteria met, and the next step.",
            "It reads documentary evidence only: what the agreement documents, not how well the agencies work"
                    + " together. The rubric is in docs/assessment.md.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was assessed", ExitCodes.INVALID_INPUT_HELP})
final class AssessCommand implements Callable<Integer> {

    /** The output formats of {@code --format}. */
    enum Format {
        TEXT, JSON, MARKDOWN
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Agreement documents, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output: text for people (a table per document), json for programs, markdown for a wiki page"
                    + " or a pull request. Default: text.")
    Format format = Format.TEXT;

    @Option(names = "--explain", description = "With text or markdown: list every criterion, its outcome, evidence and"
            + " source.")
    boolean explain;

    @Option(names = "--portfolio", description = "Also give each agency's weakest level per principle across the"
            + " agreements it is party to.")
    boolean portfolio;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
    @Nullable Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Assess as if today were DATE (yyyy-MM-dd), for reviews and milestones. Default: today (UTC).")
    @Nullable LocalDate asOf;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AgreementValidator.Builder builder = AgreementValidator.builder();
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        AgreementValidator validator = builder.build();
        List<Path> files = DocumentFiles.expand(paths);
        if (files.isEmpty()) {
            throw new CliException("no *.json, *.yaml or *.yml files in " + paths.stream().map(Messages::quoteName).collect(java.util.stream.Collectors.joining(", ")));
        }
        // Read every document first: one unreadable document stops the command before any output.
        List<Agreement> agreements = new ArrayList<>();
        AgreementJson reader = limits.reader(null);
        for (Path file : files) {
            agreements.add(SingleDocument.read(file, reader));
        }
        AssessmentOutcome outcome = assess(files, agreements, validator);
        AssessmentWriter writer = switch (format) {
            case TEXT -> AssessmentWriter.text(explain);
            case JSON -> AssessmentWriter.json();
            case MARKDOWN -> AssessmentWriter.markdown(explain);
        };
        if (output == null) {
            writer.write(outcome, spec.commandLine().getOut());
        } else {
            write(writer, outcome, output);
        }
        return ExitCodes.OK;
    }

    private AssessmentOutcome assess(List<Path> files, List<Agreement> agreements, AgreementValidator validator) {
        List<AssessmentOutcome.Document> documents = new ArrayList<>();
        PortfolioAssessment profile = null;
        if (portfolio) {
            try {
                profile = Rubric.builtIn().assessPortfolio(agreements, validator);
            } catch (IllegalArgumentException e) {
                throw new CliException("cannot assess the portfolio: " + Messages.escape(e.getMessage()));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).toString().replace(File.separatorChar, '/');
            CollaborationAssessment assessment = profile != null
                    ? profile.agreements().get(agreements.get(i).id())
                    : Rubric.builtIn().assess(agreements.get(i), validator);
            documents.add(new AssessmentOutcome.Document(path, assessment));
        }
        return new AssessmentOutcome(documents, profile);
    }

    private static void write(AssessmentWriter writer, AssessmentOutcome outcome, Path file) {
        TextFile.write(file, Messages.escape(file), out -> writer.write(outcome, out));
    }
}
