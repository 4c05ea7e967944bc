package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.DocumentFiles;
import org.interagency.agreements.cli.internal.FileProblems;
import org.interagency.agreements.cli.internal.Skeleton;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RulePack;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/** {@code agreements new}: the YAML skeleton of a new agreement, with what is still missing marked. */
@Command(name = "new",
        description = {
            "Writes the YAML skeleton of a new agreement: every section of the document format, and under each"
                    + " section a '# TODO' comment for each finding that checking the skeleton reports, with its"
                    + " rule, hint and citation. Checking the unfilled skeleton with the same packs reports exactly"
                    + " the TODOs, and nothing else; each goes away when the section says what it asks.",
            "Without --pack, the principle packs and every legal pack that governs an agreement of the kind.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the skeleton was written", ExitCodes.INVALID_INPUT_HELP})
final class NewCommand implements Callable<Integer> {

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "The kind of instrument: memorandum-of-understanding, interagency-agreement,"
                    + " data-sharing-agreement, computer-matching-agreement, mutual-aid or other.")
    String kind;

    @Option(names = "--pack", paramLabel = "ID",
            description = "A pack the agreement must satisfy (repeatable), such as us-cma; the principle packs always.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--parties", paramLabel = "A,B", split = ",", defaultValue = "agency-a,agency-b",
            description = "The parties' agency ids, the lead first. Default: agency-a,agency-b.")
    List<String> parties = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", description = "The agreement's id. Default: new-KIND.")
    @Nullable String id;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the term starts in the skeleton, and today for the check. Default: today (UTC).")
    @Nullable LocalDate asOf;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the skeleton here (never overwritten) instead of stdout.")
    @Nullable Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AgreementKind agreementKind = kind(kind);
        LocalDate effective = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        String agreementId = id != null ? id : "new-" + kind.toLowerCase(Locale.ROOT);
        List<String> partyIds = List.copyOf(new LinkedHashSet<>(parties));
        Skeleton sample = Skeleton.of(agreementId, agreementKind, partyIds, effective, List.of(RulePack.PRINCIPLES));
        readBack(sample.yaml());
        List<String> selected = new ArrayList<>(List.of(RulePack.PRINCIPLES));
        if (packs.isEmpty()) {
            List<RulePack> available = new ArrayList<>();
            ServiceLoader.load(RulePack.class).forEach(available::add);
            selected.addAll(Skeleton.governingPacks(sample.agreement(), available));
        } else {
            selected.addAll(packs);
        }
        Skeleton skeleton = Skeleton.of(agreementId, agreementKind, partyIds, effective, List.copyOf(new LinkedHashSet<>(selected)));
        refuseUngoverned(skeleton.agreement());
        write(skeleton.yaml());
        return ExitCodes.OK;
    }

    /** A pack asked for by name that would not run on the skeleton is a usage error, not an empty list. */
    private void refuseUngoverned(Agreement agreement) {
        for (RulePack pack : ServiceLoader.load(RulePack.class)) {
            if (packs.contains(pack.id()) && !pack.applicability(agreement).applies()) {
                throw new CliException("--pack " + pack.id() + " does not govern this agreement: "
                        + pack.applicability(agreement).reason());
            }
        }
    }

    /** The skeleton must read as it stands: an id given on the command line that is not an element id fails here. */
    private static void readBack(String yaml) {
        try {
            AgreementJson.defaults().read(DocumentSource.of(yaml, "skeleton", DocumentSyntax.YAML));
        } catch (AgreementReadException e) {
            StringBuilder message = new StringBuilder("cannot make the skeleton: ");
            List<ReadProblem> problems = DocumentFiles.problems(e);
            for (int i = 0; i < problems.size(); i++) {
                message.append(i == 0 ? "" : "; ").append(problems.get(i).message())
                        .append(problems.get(i).pointer().isRoot() ? "" : " (at " + problems.get(i).pointer() + ")");
            }
            throw new CliException(message.toString(), e);
        }
    }

    private static AgreementKind kind(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        List<String> names = Arrays.stream(AgreementKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        int index = names.indexOf(wanted);
        if (index < 0) {
            throw new CliException("--kind " + Messages.quote(value) + " is not a kind of agreement"
                    + Messages.didYouMean(wanted, names).map(n -> "; did you mean " + n + "?").orElse("")
                    + " The kinds: " + String.join(", ", names));
        }
        return AgreementKind.values()[index];
    }

    private void write(String yaml) {
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("will not overwrite the existing file " + Messages.quoteName(output)
                    + ": choose another --output", e);
        } catch (IOException e) {
            throw new CliException("cannot write the skeleton " + Messages.quoteName(output) + ": "
                    + FileProblems.describe(e), e);
        }
    }
}
