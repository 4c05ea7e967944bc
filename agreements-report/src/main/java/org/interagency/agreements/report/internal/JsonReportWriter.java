package org.interagency.agreements.report.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.report.Baseline;
import org.interagency.agreements.report.BaselineComparison;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Waiver;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for programs: one JSON object with every document, its findings (with pointer,
 * line and column), the read problems of unreadable files, the findings between agreements, and
 * the counts.
 *
 * <p>A waived finding carries {@code "waiver"} (rule id, agreement id, target, justification,
 * approver, approval and expiry dates, and its {@code "origin"}: {@code "agreement"} for a waiver
 * the agreement records, {@code "external"} for one of a waiver file); {@code "counts"} are before waivers and
 * {@code "activeCounts"} after them. Each readable document lists its rules' outcomes.
 *
 * <pre>{@code
 * {
 *   "documents" : [ {
 *     "path" : "examples/agreements/a.json", "agreementId" : "a",
 *     "findings" : [ { "ruleId" : "...", "severity" : "error", "message" : "...", "hint" : "...",
 *                      "pointer" : "/parties/1", "line" : 40, "column" : 5,
 *                      "citations" : [ { "text" : "5 U.S.C. 552a(o)(1)(K)", "instrument" : "5 U.S.C. 552a",
 *                                        "pinpoint" : "(o)(1)(K)" } ],
 *                      "fingerprint" : "...", "waiver" : { ... },    (when the engine set them)
 *                      "related" : [ ] } ],
 *     "problems" : [ ],
 *     "outcomes" : [ { "ruleId" : "data.no-recipients", "outcome" : "not-applicable", "findings" : 0,
 *                      "reason" : "no data-sharing protocol" } ]
 *   } ],
 *   "portfolioFindings" : [ ],
 *   "counts" : { "error" : 1, "warning" : 0, "info" : 0, "unreadable" : 0 },
 *   "activeCounts" : { "error" : 0, "warning" : 0, "info" : 0, "waived" : 1 }
 * }
 * }</pre>
 */
public final class JsonReportWriter {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReportWriter() {
    }

    /** Writes {@code outcome} to {@code out} as one pretty-printed JSON object and a newline. */
    public static void write(CheckOutcome outcome, PrintWriter out) {
        write(outcome, out, null);
    }

    /**
     * Writes {@code outcome} to {@code out} as one pretty-printed JSON object and a newline; with
     * {@code baseline}, each finding has a {@code "baselineState"} ({@code "new"} or
     * {@code "unchanged"}) and the root a {@code "baseline"} object with the counts and the
     * findings resolved.
     */
    public static void write(CheckOutcome outcome, PrintWriter out, @Nullable BaselineComparison baseline) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        int unreadable = 0;
        for (CheckedDocument document : outcome.documents()) {
            ObjectNode node = documents.addObject();
            node.put("path", document.path());
            Agreement agreement = document.agreement();
            if (agreement != null) {
                node.put("agreementId", agreement.id());
            } else {
                unreadable++;
            }
            ArrayNode findings = node.putArray("findings");
            for (Finding finding : document.report().findings()) {
                ObjectNode f = findings.addObject();
                describe(f, finding.ruleId(), finding.severity(), finding.message(), finding.hint());
                locate(f, document, finding.location());
                citations(f, finding.citations());
                if (finding.fingerprint() != null) {
                    f.put("fingerprint", finding.fingerprint());
                }
                Waiver waiver = finding.waiver();
                if (waiver != null) {
                    waiver(f.putObject("waiver"), waiver);
                }
                if (baseline != null) {
                    f.put("baselineState", baseline.isUnchanged(finding) ? "unchanged" : "new");
                }
                ArrayNode related = f.putArray("related");
                for (JsonPointer pointer : finding.related()) {
                    locate(related.addObject(), document, pointer);
                }
            }
            ArrayNode problems = node.putArray("problems");
            for (ReadProblem problem : document.problems()) {
                ObjectNode p = problems.addObject();
                p.put("message", problem.message());
                p.put("pointer", problem.pointer().toString());
                p.put("line", problem.position().line());
                p.put("column", problem.position().column());
            }
            if (agreement != null) {
                ArrayNode outcomes = node.putArray("outcomes");
                for (RuleOutcome ruleOutcome : document.report().outcomes()) {
                    ObjectNode o = outcomes.addObject();
                    o.put("ruleId", ruleOutcome.ruleId());
                    o.put("outcome", name(ruleOutcome.outcome()));
                    o.put("findings", ruleOutcome.findings());
                    if (ruleOutcome.reason() != null) {
                        o.put("reason", ruleOutcome.reason());
                    }
                }
            }
        }
        ArrayNode between = root.putArray("portfolioFindings");
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            ObjectNode f = between.addObject();
            describe(f, finding.ruleId(), finding.severity(), finding.message(), finding.hint());
            locate(f.putObject("location"), outcome, finding.location());
            if (finding.fingerprint() != null) {
                f.put("fingerprint", finding.fingerprint());
            }
            if (baseline != null) {
                f.put("baselineState", baseline.isUnchanged(finding) ? "unchanged" : "new");
            }
            ArrayNode related = f.putArray("related");
            for (AgreementLocation location : finding.related()) {
                locate(related.addObject(), outcome, location);
            }
        }
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<Severity, Integer> count : outcome.counts().entrySet()) {
            counts.put(name(count.getKey()), count.getValue());
        }
        counts.put("unreadable", unreadable);
        ObjectNode active = root.putObject("activeCounts");
        for (Map.Entry<Severity, Integer> count : outcome.activeCounts().entrySet()) {
            active.put(name(count.getKey()), count.getValue());
        }
        active.put("waived", outcome.waivedCount());
        if (baseline != null) {
            baseline(root.putObject("baseline"), baseline);
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
    }

    private static void baseline(ObjectNode node, BaselineComparison baseline) {
        node.put("new", baseline.newCount());
        node.put("unchanged", baseline.unchangedCount());
        node.put("resolved", baseline.resolved().size());
        ArrayNode resolved = node.putArray("resolvedFindings");
        for (Baseline.Entry entry : baseline.resolved()) {
            ObjectNode f = resolved.addObject();
            describe(f, entry.ruleId(), entry.severity(), entry.message(), null);
            f.put("path", entry.path());
            f.put("pointer", entry.pointer().toString());
            f.put("line", entry.position().line());
            f.put("column", entry.position().column());
            f.put("fingerprint", entry.fingerprint());
        }
    }

    private static void describe(ObjectNode node, String ruleId, Severity severity, String message, @Nullable String hint) {
        node.put("ruleId", ruleId);
        node.put("severity", name(severity));
        node.put("message", message);
        if (hint != null) {
            node.put("hint", hint);
        }
    }

    /** The provisions the finding's rule cites, each as its parts and as one string. */
    private static void citations(ObjectNode node, List<Citation> citations) {
        ArrayNode array = node.putArray("citations");
        for (Citation citation : citations) {
            ObjectNode c = array.addObject();
            c.put("text", citation.text());
            c.put("instrument", citation.instrument());
            c.put("pinpoint", citation.pinpoint());
            if (citation.url() != null) {
                c.put("url", citation.url().toString());
            }
        }
    }

    private static void locate(ObjectNode node, CheckedDocument document, JsonPointer pointer) {
        SourcePosition position = document.position(pointer);
        node.put("pointer", pointer.toString());
        node.put("line", position.line());
        node.put("column", position.column());
    }

    private static void locate(ObjectNode node, CheckOutcome outcome, AgreementLocation location) {
        node.put("agreementId", location.agreementId());
        CheckedDocument document = outcome.documentOf(location);
        if (document != null) {
            node.put("path", document.path());
            locate(node, document, location.pointer());
        } else {
            node.put("pointer", location.pointer().toString());
        }
    }

    private static void waiver(ObjectNode node, Waiver waiver) {
        node.put("ruleId", waiver.ruleId());
        node.put("agreementId", waiver.agreementId());
        node.put(waiver.location().isPresent() ? "location" : "fingerprint", waiver.target());
        node.put("justification", waiver.justification());
        node.put("approvedBy", waiver.approvedBy());
        node.put("approved", waiver.approved().toString());
        node.put("expires", waiver.expires().toString());
        node.put("origin", waiver.isAgreed() ? "agreement" : "external");
    }

    /** An outcome as the JSON report writes it: {@code found}, {@code not-applicable}, ... */
    static String name(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code error}, {@code warning} or {@code info}. */
    static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
