package org.interagency.agreements.report.internal;

import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.report.Baseline;
import org.interagency.agreements.report.BaselineComparison;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Waiver;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for code-scanning tools: a SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format) with one run. Every rule that ran is a {@code reportingDescriptor}, every
 * finding a {@code result} located at its line and column in the document file (and at its JSON
 * Pointer as a logical location), related places as {@code relatedLocations}. Files that could
 * not be read are {@code toolExecutionNotifications} of the invocation, which is then not
 * successful.
 */
public final class SarifReportWriter {

    /** The schema the log declares: the OASIS SARIF 2.1.0 schema (errata 01). */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final String INFORMATION_URI = "https://github.com/interagency-agreements/agreements";

    private SarifReportWriter() {
    }

    /** Writes {@code outcome} to {@code out} as one SARIF log, pretty-printed, and a newline. */
    public static void write(CheckOutcome outcome, String toolVersion, PrintWriter out) {
        write(outcome, toolVersion, out, null);
    }

    /**
     * Writes {@code outcome} to {@code out} as one SARIF log; with {@code baseline}, each result
     * has its {@code baselineState} (SARIF 2.1.0 section 3.27.24: {@code new} or
     * {@code unchanged}), and each finding of the baseline that the check no longer has is a
     * result of state {@code absent}, at the place the baseline gave.
     */
    public static void write(CheckOutcome outcome, String toolVersion, PrintWriter out, @Nullable BaselineComparison baseline) {
        ObjectNode log = JsonReportWriter.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "agreements");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleSummary rule : outcome.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.description());
            descriptor.putObject("defaultConfiguration").put("level", level(rule.severity()));
            ObjectNode properties = descriptor.putObject("properties");
            properties.put("principle", rule.principle().title());
            // The rule's outcome on each agreement (SARIF has no place of its own for it).
            ObjectNode outcomes = properties.putObject("outcomes");
            for (CheckedDocument document : outcome.documents()) {
                if (document.agreement() != null) {
                    document.report().outcomeOf(rule.id()).ifPresent(ruleOutcome ->
                            outcomes.put(document.agreement().id(), JsonReportWriter.name(ruleOutcome.outcome())));
                }
            }
        }

        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (CheckedDocument document : outcome.documents()) {
            if (!artifactIndex.containsKey(document.path())) {
                artifactIndex.put(document.path(), artifactIndex.size());
                artifacts.addObject().putObject("location").put("uri", uri(document.path()));
            }
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", !outcome.hasUnreadable());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (CheckedDocument document : outcome.documents()) {
            for (ReadProblem problem : document.problems()) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", problem.message());
                ObjectNode location = notification.putArray("locations").addObject();
                physical(location, document.path(), artifactIndex, problem.position());
                logical(location, problem.pointer());
            }
        }

        // What every rule did with every agreement, rule by rule (check --explain).
        ArrayNode explained = invocation.putObject("properties").putArray("outcomes");
        for (CheckedDocument document : outcome.documents()) {
            if (document.agreement() == null) {
                continue;
            }
            for (RuleOutcome ruleOutcome : document.report().outcomes()) {
                ObjectNode node = explained.addObject();
                node.put("agreementId", document.agreement().id());
                node.put("ruleId", ruleOutcome.ruleId());
                node.put("outcome", JsonReportWriter.name(ruleOutcome.outcome()));
                node.put("findings", ruleOutcome.findings());
                if (ruleOutcome.reason() != null) {
                    node.put("reason", ruleOutcome.reason());
                }
            }
        }

        ArrayNode results = run.putArray("results");
        for (CheckedDocument document : outcome.documents()) {
            for (Finding finding : document.report().findings()) {
                ObjectNode result = result(results, finding.ruleId(), ruleIndex, finding.severity(), finding.message(), finding.hint());
                ObjectNode location = result.putArray("locations").addObject();
                physical(location, document.path(), artifactIndex, document.position(finding.location()));
                logical(location, finding.location());
                findingDetails(result, finding);
                related(result, finding.related().stream()
                        .map(pointer -> new Place(document, pointer)).toList(), artifactIndex);
                Waiver waiver = finding.waiver();
                if (waiver != null) {
                    suppression(result, waiver);
                }
                if (baseline != null) {
                    result.put("baselineState", baseline.isUnchanged(finding) ? "unchanged" : "new");
                }
            }
        }
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            CheckedDocument document = outcome.documentOf(finding.location());
            if (document == null) {
                continue;
            }
            ObjectNode result = result(results, finding.ruleId(), ruleIndex, finding.severity(), finding.message(), finding.hint());
            ObjectNode location = result.putArray("locations").addObject();
            physical(location, document.path(), artifactIndex, document.position(finding.location().pointer()));
            logical(location, finding.location().pointer());
            related(result, finding.related().stream().map(r -> place(outcome, r)).filter(p -> p != null).toList(), artifactIndex);
            if (finding.fingerprint() != null) {
                result.putObject("partialFingerprints").put("agreementsFinding/v1", finding.fingerprint());
            }
            if (baseline != null) {
                result.put("baselineState", baseline.isUnchanged(finding) ? "unchanged" : "new");
            }
        }
        if (baseline != null) {
            for (Baseline.Entry entry : baseline.resolved()) {
                ObjectNode result = result(results, entry.ruleId(), ruleIndex, entry.severity(), entry.message(), null);
                ObjectNode location = result.putArray("locations").addObject();
                physical(location, entry.path(), artifactIndex, entry.position());
                logical(location, entry.pointer());
                result.putObject("partialFingerprints").put("agreementsFinding/v1", entry.fingerprint());
                result.put("baselineState", "absent");
            }
        }
        out.println(JsonReportWriter.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log));
        out.flush();
    }

    /**
     * A waiver as SARIF 2.1.0 says an accepted result is written (section 3.34): a suppression
     * of status {@code accepted} and of kind {@code inSource} for a waiver the agreement records
     * (the analysed artifact itself states it, §3.35.2), {@code external} for one of a waiver file.
     */
    private static void suppression(ObjectNode result, Waiver waiver) {
        ObjectNode suppression = result.putArray("suppressions").addObject();
        suppression.put("kind", waiver.isAgreed() ? "inSource" : "external");
        suppression.put("status", "accepted");
        suppression.put("justification", waiver.justification());
        ObjectNode properties = suppression.putObject("properties");
        properties.put("approvedBy", waiver.approvedBy());
        properties.put("approved", waiver.approved().toString());
        properties.put("expires", waiver.expires().toString());
        properties.put("target", waiver.target());
    }

    /**
     * What the engine adds to a finding, in SARIF's terms: the citations as a property bag entry
     * and the fingerprint as a partial fingerprint (the result's {@code properties} and
     * {@code partialFingerprints}); a waiver is a {@linkplain #suppression suppression}.
     */
    private static void findingDetails(ObjectNode result, Finding finding) {
        if (!finding.citations().isEmpty()) {
            ArrayNode citations = result.putObject("properties").putArray("citations");
            for (Citation citation : finding.citations()) {
                citations.add(citation.text());
            }
        }
        if (finding.fingerprint() != null) {
            result.putObject("partialFingerprints").put("agreementsFinding/v1", finding.fingerprint());
        }
    }

    private record Place(CheckedDocument document, JsonPointer pointer) {
    }

    private static @Nullable Place place(CheckOutcome outcome, AgreementLocation location) {
        CheckedDocument document = outcome.documentOf(location);
        return document == null ? null : new Place(document, location.pointer());
    }

    private static ObjectNode result(ArrayNode results, String ruleId, Map<String, Integer> ruleIndex,
            Severity severity, String message, @Nullable String hint) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        Integer index = ruleIndex.get(ruleId);
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(severity));
        result.putObject("message").put("text", hint == null ? message : message + " Hint: " + hint);
        return result;
    }

    private static void related(ObjectNode result, List<@Nullable Place> places, Map<String, Integer> artifactIndex) {
        if (places.isEmpty()) {
            return;
        }
        ArrayNode related = result.putArray("relatedLocations");
        int id = 1;
        for (Place place : places) {
            if (place == null) {
                continue;
            }
            ObjectNode location = related.addObject();
            location.put("id", id++);
            physical(location, place.document().path(), artifactIndex, place.document().position(place.pointer()));
            logical(location, place.pointer());
            location.putObject("message").put("text", "related: " + TextReportWriter.pointer(place.pointer()));
        }
    }

    private static void physical(ObjectNode location, String path, Map<String, Integer> artifactIndex, SourcePosition position) {
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(path));
        Integer index = artifactIndex.get(path);
        if (index != null) {
            artifact.put("index", index);
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", position.line());
        region.put("startColumn", position.column());
    }

    private static void logical(ObjectNode location, JsonPointer pointer) {
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", TextReportWriter.pointer(pointer));
        logical.put("kind", "element");
    }

    /**
     * The URI of a document: a relative reference for a relative path (spaces and the like
     * escaped), a {@code file:} URI for an absolute one.
     */
    static String uri(String path) {
        if (path.startsWith("/") || Path.of(path).isAbsolute()) {
            return Path.of(path).toUri().toASCIIString();
        }
        try {
            // "./" keeps a colon in the first segment from reading as a URI scheme.
            String relative = path.indexOf(':') >= 0 ? "./" + path : path;
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write the path " + path + " as a URI: " + e.getMessage(), e);
        }
    }

    /** SARIF's {@code level}: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
