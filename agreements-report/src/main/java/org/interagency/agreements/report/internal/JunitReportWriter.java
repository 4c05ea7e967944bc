package org.interagency.agreements.report.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for CI servers that read test results (Jenkins, GitLab): JUnit XML, the format of
 * Ant's and Maven Surefire's test reports, as the widely used {@code junit-10.xsd} describes it.
 *
 * <pre>{@code
 * <testsuites name="agreements" tests="…" failures="…" errors="…">
 *   <testsuite name="examples/mou.yaml" file="examples/mou.yaml" tests="…" failures="…" errors="…" skipped="…">
 *     <testcase classname="mou-id" name="roles.accountable-overlap">
 *       <failure type="error" message="2 findings: …">112:9 error /responsibilities/2 …</failure>
 *     </testcase>
 *     <testcase classname="mou-id" name="data.no-recipients"><skipped message="not applicable: …"/></testcase>
 *   </testsuite>
 * </testsuites>
 * }</pre>
 *
 * <p>One test suite per document, one test case per rule that ran on it: it fails when the rule
 * found an active finding at least as severe as the threshold, is skipped when the rule did not
 * apply or could not decide, and is an error when the rule failed. Findings below the threshold
 * and waived findings are listed in the test case's {@code system-out}. A document that could not
 * be read is one test case {@code read} in error; the findings between agreements are a suite
 * of their own.
 *
 * <p>Every text from a document is escaped as the text report escapes it, then any character
 * that XML 1.0 forbids (§2.2: the C0 controls but tab, line feed and carriage return; unpaired
 * surrogates; U+FFFE and U+FFFF) is written as {@code \\uXXXX}, so the file always parses.
 */
public final class JunitReportWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JunitReportWriter() {
    }

    /** One test case: its name, and what it holds. */
    private record Case(String className, String name, @Nullable Verdict verdict, List<String> output) {
    }

    /** A failed, errored or skipped test case's element. */
    private record Verdict(String element, String type, String message, List<String> lines) {
    }

    /** Writes {@code outcome} to {@code out} as JUnit XML; findings at least {@code failAt} fail their test case. */
    public static void write(CheckOutcome outcome, Severity failAt, PrintWriter out) {
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (CheckedDocument document : outcome.documents()) {
            String name = uniqueName(suites, document.path());
            suites.put(name, cases(outcome, document, failAt));
            files.put(name, document.path());
        }
        if (!outcome.portfolioFindings().isEmpty()) {
            suites.put(uniqueName(suites, "between agreements"), portfolioCases(outcome, failAt));
        }
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "agreements");
            List<Case> all = suites.values().stream().flatMap(List::stream).toList();
            counts(xml, all, false);
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", legal(Messages.escape(suite.getKey())));
                String file = files.get(suite.getKey());
                if (file != null) {
                    xml.writeAttribute("file", legal(Messages.escape(file)));
                }
                counts(xml, suite.getValue(), true);
                for (Case testCase : suite.getValue()) {
                    writeCase(xml, testCase);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the JUnit XML report: " + e.getMessage(), e));
        }
        out.println();
        out.flush();
    }

    /** Two files may show as one name (the same path named twice through links, say): keep both suites. */
    private static String uniqueName(Map<String, List<Case>> suites, String name) {
        String unique = name;
        for (int n = 2; suites.containsKey(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    private static void counts(XMLStreamWriter xml, List<Case> cases, boolean skipped) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(count(cases, "failure")));
        xml.writeAttribute("errors", Long.toString(count(cases, "error")));
        if (skipped) {
            xml.writeAttribute("skipped", Long.toString(count(cases, "skipped")));
        }
    }

    private static long count(List<Case> cases, String element) {
        return cases.stream().filter(c -> c.verdict() != null && c.verdict().element().equals(element)).count();
    }

    private static void writeCase(XMLStreamWriter xml, Case testCase) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        Verdict verdict = testCase.verdict();
        boolean empty = verdict == null && testCase.output().isEmpty();
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", legal(Messages.escape(testCase.className())));
        xml.writeAttribute("name", legal(Messages.escape(testCase.name())));
        if (empty) {
            return;
        }
        if (verdict != null) {
            xml.writeCharacters("\n      ");
            boolean text = !verdict.lines().isEmpty();
            if (text) {
                xml.writeStartElement(verdict.element());
            } else {
                xml.writeEmptyElement(verdict.element());
            }
            xml.writeAttribute("type", verdict.type());
            xml.writeAttribute("message", legal(Messages.escape(verdict.message())));
            if (text) {
                xml.writeCharacters(lines(verdict.lines()));
                xml.writeEndElement();
            }
        }
        if (!testCase.output().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(testCase.output()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    /** Each line escaped on its own, so a document's text cannot add a line; one per line. */
    private static String lines(List<String> lines) {
        StringBuilder text = new StringBuilder("\n");
        for (String line : lines) {
            text.append(legal(Messages.escape(line))).append('\n');
        }
        return text.toString();
    }

    /** The test cases of one document: one per rule that ran on it, or {@code read} if it could not be read. */
    private static List<Case> cases(CheckOutcome outcome, CheckedDocument document, Severity failAt) {
        Agreement agreement = document.agreement();
        if (agreement == null) {
            List<String> lines = new ArrayList<>();
            for (ReadProblem problem : document.problems()) {
                lines.add(problem.position().line() + ":" + problem.position().column() + " " + problem.message()
                        + (problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")"));
            }
            String first = document.problems().isEmpty() ? "the document could not be read" : document.problems().get(0).message();
            return List.of(new Case(document.path(), "read", new Verdict("error", "unreadable", first, lines), List.of()));
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        for (RuleOutcome ruleOutcome : document.report().outcomes()) {
            // A rule that was turned off or not selected did not run: it is no test of this document.
            if (ruleOutcome.outcome() != Outcome.DISABLED && ruleOutcome.outcome() != Outcome.NOT_SELECTED) {
                outcomes.put(ruleOutcome.ruleId(), ruleOutcome);
                byRule.put(ruleOutcome.ruleId(), new ArrayList<>());
            }
        }
        if (outcomes.isEmpty()) {
            // A report without outcomes (made by hand): every rule that ran, as passed unless it found.
            for (RuleSummary rule : outcome.rules()) {
                byRule.put(rule.id(), new ArrayList<>());
            }
        }
        for (Finding finding : document.report().findings()) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        List<Case> cases = new ArrayList<>(byRule.size());
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            cases.add(ruleCase(agreement.id(), rule.getKey(), outcomes.get(rule.getKey()), rule.getValue(), document, failAt));
        }
        return cases;
    }

    private static Case ruleCase(String className, String ruleId, @Nullable RuleOutcome ruleOutcome, List<Finding> findings,
            CheckedDocument document, Severity failAt) {
        List<String> failing = new ArrayList<>();
        List<String> output = new ArrayList<>();
        Severity worst = null;
        String firstMessage = null;
        for (Finding finding : findings) {
            SourcePosition at = document.position(finding.location());
            List<String> lines = findingLines(at.line() + ":" + at.column(), finding.severity(),
                    TextReportWriter.pointer(finding.location()), finding.message(), finding.hint(), finding.waiver());
            if (!finding.isWaived() && finding.severity().isAtLeast(failAt)) {
                failing.addAll(lines);
                if (worst == null || finding.severity().isAtLeast(worst)) {
                    worst = finding.severity();
                }
                firstMessage = firstMessage == null ? finding.message() : firstMessage;
            } else {
                output.addAll(lines);
            }
        }
        Verdict verdict = null;
        if (worst != null) {
            long count = findings.stream().filter(f -> !f.isWaived() && f.severity().isAtLeast(failAt)).count();
            verdict = new Verdict("failure", name(worst), count + (count == 1 ? " finding: " : " findings: ") + firstMessage, failing);
        } else if (ruleOutcome != null && ruleOutcome.outcome() == Outcome.FAILED) {
            verdict = new Verdict("error", "rule-failed", "the rule failed: " + reason(ruleOutcome), List.of());
        } else if (ruleOutcome != null && (ruleOutcome.outcome() == Outcome.NOT_APPLICABLE || ruleOutcome.outcome() == Outcome.UNKNOWN)) {
            verdict = new Verdict("skipped", JsonReportWriter.name(ruleOutcome.outcome()),
                    JsonReportWriter.name(ruleOutcome.outcome()).replace('-', ' ') + ": " + reason(ruleOutcome), List.of());
        }
        return new Case(className, ruleId, verdict, output);
    }

    private static String reason(RuleOutcome ruleOutcome) {
        return ruleOutcome.reason() == null ? "no reason given" : ruleOutcome.reason();
    }

    /** The findings between agreements: one test case per rule that found something. */
    private static List<Case> portfolioCases(CheckOutcome outcome, Severity failAt) {
        Map<String, List<PortfolioFinding>> byRule = new LinkedHashMap<>();
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<PortfolioFinding>> rule : byRule.entrySet()) {
            List<String> failing = new ArrayList<>();
            List<String> output = new ArrayList<>();
            Severity worst = null;
            String firstMessage = null;
            int count = 0;
            for (PortfolioFinding finding : rule.getValue()) {
                List<String> lines = findingLines(where(outcome, finding.location()), finding.severity(), "", finding.message(),
                        finding.hint(), null);
                for (AgreementLocation related : finding.related()) {
                    lines.add("    related: " + where(outcome, related));
                }
                if (finding.severity().isAtLeast(failAt)) {
                    failing.addAll(lines);
                    count++;
                    worst = worst == null || finding.severity().isAtLeast(worst) ? finding.severity() : worst;
                    firstMessage = firstMessage == null ? finding.message() : firstMessage;
                } else {
                    output.addAll(lines);
                }
            }
            Verdict verdict = worst == null ? null : new Verdict("failure", name(worst),
                    count + (count == 1 ? " finding: " : " findings: ") + firstMessage, failing);
            cases.add(new Case("portfolio", rule.getKey(), verdict, output));
        }
        return cases;
    }

    private static String where(CheckOutcome outcome, AgreementLocation location) {
        CheckedDocument document = outcome.documentOf(location);
        if (document == null) {
            return location.toString();
        }
        SourcePosition at = document.position(location.pointer());
        return document.path() + ":" + at.line() + ":" + at.column() + " " + TextReportWriter.pointer(location.pointer());
    }

    private static List<String> findingLines(String at, Severity severity, String pointer, String message,
            @Nullable String hint, @Nullable Waiver waiver) {
        List<String> lines = new ArrayList<>();
        lines.add(at + " " + name(severity) + (pointer.isEmpty() ? "" : " " + pointer));
        lines.add("    " + message);
        if (hint != null) {
            lines.add("    hint: " + hint);
        }
        if (waiver != null) {
            lines.add("    " + TextReportWriter.waived(waiver));
        }
        return lines;
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} with every character XML 1.0 does not allow (§2.2, production [2] Char) written
     * as {@code \\uXXXX}: a parser would reject the whole file for one of them.
     */
    static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (allowed) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
