package org.interagency.agreements.report.internal;

import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.versions.Change;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;

/**
 * The comparison of two versions for programs: one JSON object.
 *
 * <pre>{@code
 * {
 *   "agreementId" : "cma-ssa-cdss-2026",
 *   "previous" : { "path" : "old.json", "version" : "1" },
 *   "current" : { "path" : "new.json", "version" : "2" },
 *   "changes" : [ { "kind" : "changed", "class" : "material", "section" : "dataSharingProtocols",
 *                   "element" : "/dataSharingProtocols/response-file/retention",
 *                   "previous" : { "pointer" : "/dataSharingProtocols/1/retention", "line" : 151, "column" : 24,
 *                                  "value" : "\"P1Y\"" },
 *                   "current" : { ... } } ],
 *   "counts" : { "material" : 1, "administrative" : 0 },
 *   "findings" : { "introduced" : [ ... ], "resolved" : [ ... ], "unchanged" : 0 }   (when compared)
 * }
 * }</pre>
 *
 * <p>A side where the element is absent is left out; the values are quoted as messages quote
 * them; each finding is written as in the check's JSON report (rule id, severity, message, hint,
 * pointer, line, column, fingerprint).
 */
public final class DiffJsonWriter {

    private DiffJsonWriter() {
    }

    /** Writes {@code outcome} to {@code out} as one pretty-printed JSON object and a newline. */
    public static void write(VersionOutcome outcome, PrintWriter out) {
        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("agreementId", outcome.comparison().agreementId());
        version(root.putObject("previous"), outcome.previous(), outcome.comparison().previous());
        version(root.putObject("current"), outcome.current(), outcome.comparison().current());
        ArrayNode changes = root.putArray("changes");
        for (Change change : outcome.comparison().changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", DiffTextWriter.name(change.kind()));
            node.put("class", DiffTextWriter.name(change.changeClass()));
            node.put("section", change.section());
            node.put("element", change.element().toString());
            side(node, "previous", change.previousLocation(), outcome.previousPosition(change), change.previousValue());
            side(node, "current", change.currentLocation(), outcome.currentPosition(change), change.currentValue());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("material", outcome.comparison().material().size());
        counts.put("administrative", outcome.comparison().administrative().size());
        FindingComparison findings = outcome.findings();
        if (findings != null) {
            ObjectNode node = root.putObject("findings");
            findings(node.putArray("introduced"), findings.introduced(), outcome.current());
            findings(node.putArray("resolved"), findings.resolved(), outcome.previous());
            node.put("unchanged", findings.unchanged().size());
        }
        out.println(JsonReportWriter.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
    }

    private static void version(ObjectNode node, CheckedDocument document, @Nullable AgreementVersion version) {
        node.put("path", document.path());
        if (version != null) {
            node.put("version", version.version());
        }
    }

    private static void side(ObjectNode change, String name, @Nullable JsonPointer location, @Nullable SourcePosition position,
            @Nullable String value) {
        if (location == null || position == null) {
            return;
        }
        ObjectNode side = change.putObject(name);
        side.put("pointer", location.toString());
        side.put("line", position.line());
        side.put("column", position.column());
        side.put("value", value);
    }

    private static void findings(ArrayNode array, List<Finding> findings, CheckedDocument document) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", DiffTextWriter.name(finding.severity()));
            node.put("message", finding.message());
            if (finding.hint() != null) {
                node.put("hint", finding.hint());
            }
            SourcePosition at = document.position(finding.location());
            node.put("pointer", finding.location().toString());
            node.put("line", at.line());
            node.put("column", at.column());
            if (finding.fingerprint() != null) {
                node.put("fingerprint", finding.fingerprint());
            }
        }
    }
}
