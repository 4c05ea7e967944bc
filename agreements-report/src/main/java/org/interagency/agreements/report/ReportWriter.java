package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.report.internal.GithubReportWriter;
import org.interagency.agreements.report.internal.JsonReportWriter;
import org.interagency.agreements.report.internal.JunitReportWriter;
import org.interagency.agreements.report.internal.SarifReportWriter;
import org.interagency.agreements.report.internal.HtmlDependencies;
import org.interagency.agreements.report.internal.TextReportWriter;
import org.interagency.agreements.report.internal.html.HtmlReportWriter;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Prints a {@link CheckOutcome} in one report format. Each writer is stateless and may be shared
 * between threads; it flushes {@code out} when it is done and does not close it.
 *
 * <pre>{@code
 * ReportWriter.text().write(outcome, out);   // for people at a terminal
 * ReportWriter.json().write(outcome, out);   // for programs
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ReportWriter {

    /**
     * Writes {@code outcome} to {@code out} and flushes it.
     *
     * @param outcome what one check found
     * @param out where the report goes
     */
    void write(CheckOutcome outcome, PrintWriter out);

    /**
     * The report for people: findings grouped by document in the order of the file's lines, each
     * with its line and column, severity, rule id and JSON Pointer, then its message and hint, and
     * the counts at the end. Every line is escaped, so a document cannot forge a line or send a
     * terminal command.
     *
     * @return the text writer
     */
    static ReportWriter text() {
        return text(false);
    }

    /**
     * The report for people, as {@link #text()}, with each agreement's outcome table when
     * {@code explain} is true: how many rules found, passed, did not apply and so on, and one line
     * per rule that did not pass with its count of findings or its reason ({@code check --explain}).
     *
     * @param explain whether to add the outcome tables
     * @return the text writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter text(boolean explain) {
        return text(explain, false);
    }

    /**
     * The report for people, as {@link #text(boolean)}, in colour when {@code colour} is true:
     * document names and the counts bold, errors red, warnings yellow, info cyan, "no findings"
     * green (ANSI SGR sequences, for a terminal; the caller decides, say when standard output is
     * a terminal and {@code NO_COLOR} is not set). The colours are added around text already
     * escaped, so a document still cannot send a terminal command.
     *
     * @param explain whether to add the outcome tables
     * @param colour whether to colour the report
     * @return the text writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter text(boolean explain, boolean colour) {
        return (outcome, out) -> TextReportWriter.write(outcome, out, explain, colour);
    }

    /**
     * The report for people, as {@link #text(boolean)}, compared with a baseline
     * ({@code check --baseline}): each new finding marked, and the counts of new, unchanged and
     * resolved findings and each resolved one at the end.
     *
     * @param explain whether to add the outcome tables
     * @param baseline the check compared with its baseline
     * @return the text writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter text(boolean explain, BaselineComparison baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return (outcome, out) -> TextReportWriter.write(outcome, out, explain, baseline);
    }

    /**
     * The report for programs, as {@link #json()}, compared with a baseline: each finding has a
     * {@code "baselineState"} ({@code "new"} or {@code "unchanged"}), and the root a
     * {@code "baseline"} object with the counts and the findings resolved.
     *
     * @param baseline the check compared with its baseline
     * @return the JSON writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter json(BaselineComparison baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return (outcome, out) -> JsonReportWriter.write(outcome, out, baseline);
    }

    /**
     * The SARIF log, as {@link #sarif(String)}, compared with a baseline: each result has its
     * {@code baselineState} ({@code new} or {@code unchanged}), and each finding the baseline had
     * and the check no longer has is a result of state {@code absent}.
     *
     * @param toolVersion the version of the program that checked
     * @param baseline the check compared with its baseline
     * @return the SARIF writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter sarif(String toolVersion, BaselineComparison baseline) {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(baseline, "baseline");
        return (outcome, out) -> SarifReportWriter.write(outcome, toolVersion, out, baseline);
    }

    /**
     * The report for programs: one JSON object with every document, its findings (with pointer,
     * line and column), the read problems of unreadable files, the findings between agreements,
     * and the counts.
     *
     * @return the JSON writer
     */
    static ReportWriter json() {
        return JsonReportWriter::write;
    }

    /**
     * The report for code-scanning tools: a SARIF 2.1.0 log with one run, every rule that ran as a
     * {@code reportingDescriptor} and every finding as a {@code result} at its line and column.
     *
     * @param toolVersion the version of the program that checked, as the log's driver names it
     * @return the SARIF writer
     */
    static ReportWriter sarif(String toolVersion) {
        Objects.requireNonNull(toolVersion, "toolVersion");
        return (outcome, out) -> SarifReportWriter.write(outcome, toolVersion, out);
    }

    /**
     * The report for CI servers that show test results (Jenkins, GitLab): JUnit XML with one test
     * suite per document and one test case per rule that ran on it. A test case fails when its
     * rule found an active (not waived) finding of any severity; see {@link #junit(Severity)}.
     *
     * @return the JUnit XML writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter junit() {
        return junit(Severity.INFO);
    }

    /**
     * The report for CI servers that show test results (Jenkins, GitLab): JUnit XML, valid against
     * the widely used {@code junit-10.xsd}. One test suite per document ({@code name} and
     * {@code file} its path), one test case per rule that ran on it ({@code classname} the
     * agreement id, {@code name} the rule id):
     * <ul>
     *   <li>a {@code failure} when the rule found an active finding at least as severe as
     *       {@code failAt} (its {@code type} the severity, its text each finding with line,
     *       column, pointer, message and hint);</li>
     *   <li>{@code skipped} when the rule did not apply or could not decide, with the reason;</li>
     *   <li>an {@code error} when the rule itself failed;</li>
     *   <li>passed otherwise; findings below {@code failAt} and waived ones are in its
     *       {@code system-out}.</li>
     * </ul>
     * A document that could not be read is one test case {@code read} in error; the findings
     * between agreements are a test suite {@code between agreements}. No character XML 1.0
     * forbids is ever written: such characters in a document are written as {@code \\uXXXX}.
     *
     * <pre>{@code
     * try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("target/agreements-junit.xml")))) {
     *     ReportWriter.junit(Severity.ERROR).write(outcome, out);
     * }
     * }</pre>
     *
     * @param failAt the least severe finding that fails its test case
     * @return the JUnit XML writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter junit(Severity failAt) {
        Objects.requireNonNull(failAt, "failAt");
        return (outcome, out) -> JunitReportWriter.write(outcome, failAt, out);
    }

    /**
     * The report for GitHub Actions: one workflow command per finding
     * ({@code ::error file=…,line=…,col=…,title=rule-id::message}; {@code ::warning} for warnings,
     * {@code ::notice} for info and waived findings), which a workflow run shows as annotations on
     * the documents' lines, then the closing line of counts. Escaped by GitHub's rules ({@code %},
     * CR and LF in the message; also {@code :} and {@code ,} in properties) after the text
     * report's escaping, so a document can neither forge a command nor break one.
     *
     * @return the GitHub Actions writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter github() {
        return GithubReportWriter::write;
    }

    /**
     * Only the text report's closing line of counts, such as {@code 3 documents checked: 2 clean,
     * 1 with findings, 0 unreadable; 1 error, 0 warnings, 0 info.} ({@code check --quiet}).
     *
     * @return the summary writer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter summary() {
        return (outcome, out) -> {
            out.println(TextReportWriter.summary(outcome));
            out.flush();
        };
    }

    /**
     * The report for people who read neither SARIF nor a terminal: one self-contained HTML page
     * (it loads nothing and runs no script; its Content-Security-Policy forbids both) with the
     * counts, each document's findings by severity with a source excerpt around each, its RACI
     * matrix with the cells that findings concern marked in place, its data flows and escalation
     * ladders drawn as inline SVG (laid out by Eclipse ELK's layered algorithm) and listed in
     * text, and the findings between agreements. Excerpts need each document's
     * {@linkplain CheckedDocument#withText(String) text}.
     *
     * <p>Needs the optional dependencies {@code gg.jte:jte-runtime} and
     * {@code org.eclipse.elk:org.eclipse.elk.alg.layered}; without them this method throws.
     *
     * @param asOf the day the check took as today, shown on the page; {@code null} for the real day
     * @return the HTML writer
     * @throws IllegalStateException if jte or ELK is not on the class or module path
     */
    static ReportWriter html(@Nullable LocalDate asOf) {
        HtmlDependencies.require();
        return (outcome, out) -> HtmlReportWriter.write(outcome, asOf, out);
    }

    /**
     * The HTML page of {@link #html(LocalDate)} with the diff view of two versions of an
     * agreement after the summary ({@code agreements report --diff OLD NEW}): the material and
     * the administrative changes, each with its element and its line and value in both versions,
     * and the findings the later version introduces and resolves. The outcome written is usually
     * the two documents' ({@code CheckOutcome.of(List.of(versions.previous(), versions.current()), null, rules)}).
     *
     * @param asOf the day the check took as today, shown on the page; {@code null} for the real day
     * @param versions the two versions compared
     * @return the HTML writer
     * @throws IllegalStateException if jte or ELK is not on the class or module path
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static ReportWriter html(@Nullable LocalDate asOf, VersionOutcome versions) {
        Objects.requireNonNull(versions, "versions");
        HtmlDependencies.require();
        return (outcome, out) -> HtmlReportWriter.write(outcome, asOf, versions, out);
    }

    /**
     * The schema a {@linkplain #sarif(String) SARIF} log declares: the OASIS SARIF 2.1.0 schema
     * (errata 01).
     *
     * @return the schema's URI
     */
    static String sarifSchemaUri() {
        return SarifReportWriter.SCHEMA_URI;
    }
}
