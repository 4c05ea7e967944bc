package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.DocumentFiles;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.PrintWriter;
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

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The output formats of {@code --format}. */
    enum Format {
        TEXT, JSON
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Agreement documents, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text for people (a table per document), json for programs. Default: text.")
    Format format = Format.TEXT;

    @Option(names = "--explain", description = "With text: list every criterion, its outcome, evidence and source.")
    boolean explain;

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
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode json = MAPPER.createArrayNode();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).toString().replace(File.separatorChar, '/');
            CollaborationAssessment assessment = Rubric.builtIn().assess(agreements.get(i), validator);
            if (format == Format.JSON) {
                json.add(json(path, assessment));
            } else {
                text(path, assessment, out);
            }
        }
        if (format == Format.JSON) {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void text(String path, CollaborationAssessment assessment, PrintWriter out) {
        out.println(Messages.escape("Collaboration assessment of " + Messages.quoteName(path) + " (" + assessment.agreementId() + ") as of "
                + assessment.asOf()));
        out.println("  " + CollaborationAssessment.SCOPE);
        for (PrincipleAssessment p : assessment.principles()) {
            String level = p.applicable() ? p.level().number() + " " + p.level().title() : "n/a";
            String step = !p.applicable() ? "not applicable: no data-sharing protocol"
                    : p.nextStep() == null ? "" : p.nextStep();
            out.println(Messages.escape(String.format("  P%-2d %-44s %-12s %2d/%-2d %s", p.principle().number(),
                    p.principle().title(), level, p.met(), p.total(),
                    (p.cap() == null ? "" : p.cap() + "; ") + step)));
            if (explain) {
                for (CriterionResult r : p.results()) {
                    explain(r, out);
                }
            }
        }
        List<String> weakest = assessment.weakest().stream().map(p -> "P" + p.principle().number()).toList();
        out.println(Messages.escape("  Weakest: " + String.join(", ", weakest)
                + assessment.minimum().map(l -> " (" + l.number() + " " + l.title() + ")").orElse("")
                + ". Principles at 3 or more: " + assessment.countAtLeast(org.interagency.agreements.assessment.DocumentedLevel.JOINT)
                + " of " + assessment.applicableCount() + " applicable."));
        out.println();
    }

    private static void explain(CriterionResult r, PrintWriter out) {
        out.println(Messages.escape("      " + r.criterion().id() + " " + r.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + r.explanation()));
        if (!r.evidence().isEmpty()) {
            out.println(Messages.escape("        at " + String.join(", ", r.evidence().stream().map(JsonPointer::toString).toList())));
        }
        String source = r.criterion().citations().isEmpty() ? "unverified: no framework item, this library's reading"
                : r.criterion().source().name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + String.join("; ", r.criterion().citations().stream().map(Citation::text).toList());
        out.println(Messages.escape("        source " + source));
    }

    private static ObjectNode json(String path, CollaborationAssessment assessment) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", path);
        node.put("agreementId", assessment.agreementId());
        node.put("asOf", assessment.asOf().toString());
        node.put("scope", CollaborationAssessment.SCOPE);
        assessment.minimum().ifPresent(l -> node.put("minimum", l.number()));
        ArrayNode weakest = node.putArray("weakest");
        assessment.weakest().forEach(p -> weakest.add(p.principle().id()));
        ArrayNode principles = node.putArray("principles");
        for (PrincipleAssessment p : assessment.principles()) {
            ObjectNode pn = principles.addObject();
            pn.put("principle", p.principle().id());
            pn.put("number", p.principle().number());
            pn.put("applicable", p.applicable());
            pn.put("level", p.level().number());
            pn.put("levelName", p.level().title());
            pn.put("met", p.met());
            pn.put("total", p.total());
            if (p.cap() != null) {
                pn.put("cap", p.cap());
            }
            if (p.nextStep() != null) {
                pn.put("nextStep", p.nextStep());
            }
            ArrayNode criteria = pn.putArray("criteria");
            for (CriterionResult r : p.results()) {
                ObjectNode cn = criteria.addObject();
                cn.put("id", r.criterion().id());
                cn.put("level", r.criterion().level().number());
                cn.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                cn.put("explanation", r.explanation());
                ArrayNode evidence = cn.putArray("evidence");
                r.evidence().forEach(e -> evidence.add(e.toString()));
                ArrayNode findings = cn.putArray("findings");
                for (Finding f : r.findings()) {
                    findings.addObject().put("ruleId", f.ruleId()).put("location", f.location().toString());
                }
                cn.put("source", r.criterion().source().name().toLowerCase(java.util.Locale.ROOT));
                ArrayNode citations = cn.putArray("citations");
                r.criterion().citations().forEach(c -> citations.add(c.text()));
            }
        }
        return node;
    }
}
