package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.cli.internal.TextFile;
import org.interagency.agreements.cli.internal.VersionFiles;
import org.interagency.agreements.report.DiffWriter;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements diff}: what changed between two versions of an agreement, and whether it binds anyone. */
@Command(name = "diff",
        description = {
            "Compares two versions of one agreement element by element, matched by id (or natural key), never by"
                    + " place in a list: a reordered list is no change. Each change is material (it alters what a party"
                    + " must or may do) or administrative (it binds no one), by the table of docs/versions.md.",
            "Text output groups the changes by section, material first, with line and column in both documents."
                    + " With --findings, both versions are checked too (the new one as the version that follows the"
                    + " old one, so a renewal that changes the program is reported) and the findings it introduces"
                    + " and resolves are listed.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no material change (administrative changes, or none)", "1:at least one material change",
            ExitCodes.INVALID_INPUT_HELP + "; or two documents that are not versions of one agreement"})
final class DiffCommand implements Callable<Integer> {

    /** The output formats of {@code --format}. */
    enum Format {
        TEXT, JSON, MARKDOWN
    }

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (JSON or YAML).")
    Path previous;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version (JSON or YAML).")
    Path current;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output: text for people, json for programs, markdown for a pull request or an issue."
                    + " Default: text.")
    Format format = Format.TEXT;

    @Option(names = "--findings",
            description = "Also check both versions and list the findings the new version introduces and resolves,"
                    + " matched by fingerprint.")
    boolean findings;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the comparison to FILE instead of stdout.")
    @Nullable Path output;

    @Option(names = "--force",
            description = "Compare two documents with different agreement ids, as if OLD had NEW's id and named no"
                    + " version.")
    boolean force;

    @Option(names = "--config", paramLabel = "FILE", description = "A rule configuration (JSON or YAML), as for check"
            + " (with --findings).")
    @Nullable Path config;

    @Option(names = "--pack", paramLabel = "ID", description = "Run only the rules of this pack (repeatable), as for"
            + " check (with --findings).")
    List<String> packs = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Check as if today were DATE (yyyy-MM-dd), as for"
            + " check (with --findings). Default: today (UTC).")
    @Nullable LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VersionOutcome outcome = VersionFiles.compare(previous, current, force,
                findings ? DocumentChecks.validator(asOf, DocumentChecks.configuration(config), packs, List.of()) : null);
        DiffWriter writer = switch (format) {
            case TEXT -> DiffWriter.text();
            case JSON -> DiffWriter.json();
            case MARKDOWN -> DiffWriter.markdown();
        };
        if (output == null) {
            writer.write(outcome, spec.commandLine().getOut());
        } else {
            write(writer, outcome, output);
        }
        return outcome.comparison().hasMaterialChanges() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static void write(DiffWriter writer, VersionOutcome outcome, Path file) {
        TextFile.write(file, Messages.escape(file), out -> writer.write(outcome, out));
    }
}
