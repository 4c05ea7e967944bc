package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.accountability.Accountability;
import org.interagency.agreements.accountability.AccountabilityIndex;
import org.interagency.agreements.accountability.AccountableAssignment;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.DocumentFiles;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code agreements who}: who is accountable for a scope of work, in a jurisdiction, on a day. */
@Command(name = "who",
        description = {
            "Says who is accountable for SCOPE in --where on --on, across the agreements given: one agency, and the"
                    + " agreement and responsibility that make it so; nobody (a gap, with the nearest scope for which"
                    + " an agency is accountable that day elsewhere); or several (an overlap, all of them).",
            "Accountability is inherited down the scope tree and the jurisdiction tree, as the rules read it."
                    + " Every agreement counts, whatever its status.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exactly one agency is accountable", "1:nobody (a gap) or several agencies (an overlap)",
            ExitCodes.INVALID_INPUT_HELP})
final class WhoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCOPE", description = "The work, such as emergency/flood/evacuation.")
    String scope = "";

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR", description = "Agreement documents, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--where", required = true, paramLabel = "JURISDICTION", description = "The place, such as us/tx/harris-county.")
    String where = "";

    @Option(names = "--on", paramLabel = "DATE", description = "The day (yyyy-MM-dd). Default: today (UTC).")
    @Nullable LocalDate on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScopePath work = parse(() -> ScopePath.parse(scope), "SCOPE");
        Jurisdiction place = parse(() -> Jurisdiction.parse(where), "--where");
        LocalDate day = on == null ? LocalDate.now(ZoneOffset.UTC) : on;
        List<Path> files = DocumentFiles.expand(paths);
        if (files.isEmpty()) {
            throw new CliException("no *.json, *.yaml or *.yml files in " + paths);
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Path file : files) {
            agreements.add(SingleDocument.read(file));
        }
        Accountability answer = AccountabilityIndex.of(agreements).accountable(work, place, day);
        PrintWriter out = spec.commandLine().getOut();
        String question = work + " in " + place + " on " + day;
        switch (answer.status()) {
            case ACCOUNTABLE -> out.println(Messages.escape(question + ": " + Messages.quote(answer.agencies().get(0))
                    + " is accountable"));
            case OVERLAP -> out.println(Messages.escape(question + ": overlap: " + Messages.quoteAll(answer.agencies())
                    + " are all accountable"));
            case GAP -> out.println(Messages.escape(question + ": gap: no agency is accountable"));
        }
        answer.answers().forEach(a -> out.println(line(a)));
        if (answer.nearestScope() != null) {
            out.println(Messages.escape("  nearest: " + answer.nearestScope() + " has an accountable agency that day elsewhere:"));
            answer.nearest().forEach(a -> out.println(line(a)));
        }
        out.flush();
        return answer.status() == Accountability.Status.ACCOUNTABLE ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** One assignment: every value from a document is quoted, so none can forge a line or a terminal command. */
    private static String line(AccountableAssignment a) {
        return Messages.escape("  " + Messages.quote(a.agencyId()) + " under " + Messages.quote(a.agreementId())
                + ", responsibility " + Messages.quote(a.responsibilityId()) + " (" + a.scope()
                + (a.jurisdiction() == null ? "" : ", " + a.jurisdiction()) + ", " + a.days() + ") at " + a.pointer());
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse, String what) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(what + ": " + e.getMessage(), e);
        }
    }
}
