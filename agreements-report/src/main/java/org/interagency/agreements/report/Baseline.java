package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The findings of an earlier check, by {@linkplain Finding#fingerprint() fingerprint}, to compare a
 * later check with ({@code check --baseline}): the later check fails only on findings the baseline
 * does not have, and says how many of the baseline's it resolved. Read one from a JSON report
 * ({@link #readReport(Path)}, what {@code check --format json} writes), or take one from an
 * outcome ({@link #of(CheckOutcome)}). Immutable and thread-safe.
 *
 * <pre>{@code
 * BaselineComparison compared = Baseline.readReport(Path.of("baseline.json")).compare(outcome);
 * boolean fails = compared.hasNewFindingsAtLeast(Severity.ERROR);
 * }</pre>
 *
 * @param findings the baseline's findings that have a fingerprint, in the order of the report
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Baseline(List<Entry> findings) {

    /** The largest report read as a baseline: 64 MiB, far past any report of a real portfolio. */
    public static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    /**
     * One finding of the baseline, as the earlier report wrote it.
     *
     * @param fingerprint its identity across versions
     * @param ruleId the rule that found it
     * @param severity how severe it was
     * @param message what was wrong, as reported then
     * @param path the document it was found in
     * @param pointer where in that document
     * @param position the line and column there
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Entry(String fingerprint, String ruleId, Severity severity, String message, String path, JsonPointer pointer,
            SourcePosition position) {

        /**
         * Checks that every part is present.
         *
         * @param fingerprint the finding's identity across versions of the document, as
         *     {@link Finding#fingerprint()} gives it; not {@code null}
         * @param ruleId the id of the rule that found it; not {@code null}
         * @param severity how severe it was then; not {@code null}
         * @param message what was wrong, as the earlier report wrote it; not {@code null}
         * @param path the document it was found in, as the earlier report named it; not
         *     {@code null}
         * @param pointer where in that document; not {@code null}
         * @param position the line and column of {@code pointer} in the document then; not
         *     {@code null}
         * @throws NullPointerException if a part is {@code null}
         */
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * Copies the list.
     *
     * @param findings the baseline's findings, in the order of the report they were read from;
     *     none {@code null}; copied
     * @throws NullPointerException if {@code findings} or one of its elements is {@code null}
     */
    public Baseline {
        findings = List.copyOf(findings);
    }

    /**
     * The findings of {@code outcome} that have a fingerprint (every finding an
     * {@code AgreementValidator} reports has one, between agreements too), as a baseline.
     *
     * @param outcome an earlier check
     * @return its findings by fingerprint
     */
    public static Baseline of(CheckOutcome outcome) {
        List<Entry> entries = new ArrayList<>();
        for (CheckedDocument document : outcome.documents()) {
            for (Finding finding : document.report().findings()) {
                if (finding.fingerprint() != null) {
                    entries.add(new Entry(finding.fingerprint(), finding.ruleId(), finding.severity(), finding.message(),
                            document.path(), finding.location(), document.position(finding.location())));
                }
            }
        }
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            if (finding.fingerprint() != null) {
                CheckedDocument document = outcome.documentOf(finding.location());
                JsonPointer pointer = finding.location().pointer();
                entries.add(new Entry(finding.fingerprint(), finding.ruleId(), finding.severity(), finding.message(),
                        document == null ? finding.location().agreementId() : document.path(), pointer,
                        document == null ? new SourcePosition(1, 1) : document.position(pointer)));
            }
        }
        return new Baseline(entries);
    }

    /**
     * The findings of a JSON report that {@code check --format json} (or
     * {@link ReportWriter#json()}) wrote: each document's findings with a fingerprint, and the
     * findings between agreements ({@code "portfolioFindings"}) with one.
     *
     * @param file the report
     * @return its findings by fingerprint
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is larger than {@link #MAX_REPORT_BYTES}, is not
     *     JSON, or is not such a report; the message says where
     */
    public static Baseline readReport(Path file) {
        try {
            if (Files.size(file) > MAX_REPORT_BYTES) {
                throw new IllegalArgumentException("the baseline is larger than " + MAX_REPORT_BYTES / (1024 * 1024)
                        + " MiB; a report of check --format json is far smaller");
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(file)) {
                root = READER.readTree(in);
            }
            return fromReport(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the baseline is not JSON: " + Messages.escape(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"), e);
        }
    }

    /** Bounded as the agreement reader is: nesting, and the length of one string and one number. */
    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000)
                    .maxNumberLength(100).build())
            .build()).build();

    private static Baseline fromReport(JsonNode root) {
        JsonNode documents = root.path("documents");
        if (!root.isObject() || !documents.isArray()) {
            throw new IllegalArgumentException("the baseline is not a report of check --format json: it has no"
                    + " \"documents\" array (at /documents)");
        }
        List<Entry> entries = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            JsonNode document = documents.get(d);
            JsonNode findings = document.path("findings");
            for (int f = 0; f < findings.size(); f++) {
                JsonNode finding = findings.get(f);
                String fingerprint = finding.path("fingerprint").asString(null);
                if (fingerprint == null) {
                    continue;
                }
                String at = "/documents/" + d + "/findings/" + f;
                entries.add(new Entry(fingerprint, text(finding, "ruleId", at), severity(text(finding, "severity", at), at),
                        text(finding, "message", at), text(document, "path", "/documents/" + d),
                        pointer(finding.path("pointer").asString(""), at),
                        new SourcePosition(Math.max(1, finding.path("line").asInt(1)), Math.max(1, finding.path("column").asInt(1)))));
            }
        }
        JsonNode between = root.path("portfolioFindings");
        for (int f = 0; f < between.size(); f++) {
            JsonNode finding = between.get(f);
            String fingerprint = finding.path("fingerprint").asString(null);
            if (fingerprint == null) {
                continue;
            }
            String at = "/portfolioFindings/" + f;
            JsonNode location = finding.path("location");
            String path = location.path("path").isString() ? location.path("path").asString()
                    : text(location, "agreementId", at + "/location");
            entries.add(new Entry(fingerprint, text(finding, "ruleId", at), severity(text(finding, "severity", at), at),
                    text(finding, "message", at), path, pointer(location.path("pointer").asString(""), at + "/location"),
                    new SourcePosition(Math.max(1, location.path("line").asInt(1)), Math.max(1, location.path("column").asInt(1)))));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new IllegalArgumentException("the baseline is not a report of check --format json: no text \""
                    + field + "\" at " + at);
        }
        return value.asString();
    }

    private static Severity severity(String text, String at) {
        for (Severity severity : Severity.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(text)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("the baseline names the severity " + Messages.quote(text) + " at " + at
                + "/severity: one of error, warning, info");
    }

    private static JsonPointer pointer(String text, String at) {
        try {
            return JsonPointer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the baseline has the pointer " + Messages.quote(text) + " at " + at
                    + "/pointer, which is not a JSON Pointer", e);
        }
    }

    /**
     * The findings of {@code outcome} matched with this baseline by fingerprint: a fingerprint the
     * baseline holds n times and the outcome m times leaves min(n, m) findings unchanged. A
     * finding without a fingerprint is new.
     *
     * @param outcome a later check
     * @return each finding's state, and the baseline's findings it no longer has
     */
    public BaselineComparison compare(CheckOutcome outcome) {
        Map<String, Integer> left = new HashMap<>();
        for (Entry entry : findings) {
            left.merge(entry.fingerprint(), 1, Integer::sum);
        }
        Map<Finding, Boolean> unchanged = new IdentityHashMap<>();
        for (CheckedDocument document : outcome.documents()) {
            for (Finding finding : document.report().findings()) {
                @Nullable Integer count = finding.fingerprint() == null ? null : left.get(finding.fingerprint());
                boolean known = count != null && count > 0;
                if (known) {
                    left.put(finding.fingerprint(), count - 1);
                }
                unchanged.put(finding, known);
            }
        }
        Map<PortfolioFinding, Boolean> portfolioUnchanged = new IdentityHashMap<>();
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            @Nullable Integer count = finding.fingerprint() == null ? null : left.get(finding.fingerprint());
            boolean known = count != null && count > 0;
            if (known) {
                left.put(finding.fingerprint(), count - 1);
            }
            portfolioUnchanged.put(finding, known);
        }
        List<Entry> resolved = new ArrayList<>();
        // The last occurrences of a fingerprint are the ones resolved, so walk the baseline backwards.
        for (int i = findings.size() - 1; i >= 0; i--) {
            Entry entry = findings.get(i);
            int count = left.getOrDefault(entry.fingerprint(), 0);
            if (count > 0) {
                left.put(entry.fingerprint(), count - 1);
                resolved.add(0, entry);
            }
        }
        return new BaselineComparison(unchanged, portfolioUnchanged, resolved);
    }
}
