package org.interagency.agreements.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text a document puts in a finding, the JUnit XML is valid against its schema and says
 * the text escaped, and the GitHub Actions commands stay one line per finding and decode to the
 * text escaped.
 */
class MachineFormatsProperties {

    private static CheckedDocument document;

    @BeforeContainer
    static void read() throws Exception {
        JunitReportTest.loadSchema();
        document = JunitReportTest.document("a.json", List.of(), List.of());
    }

    @Provide
    Arbitrary<String> hostileText() {
        // Every char, with the ones that matter most (controls, markup, GitHub's escapes) often.
        return Arbitraries.oneOf(Arbitraries.chars(), Arbitraries.of('\n', '\r', '\u0000', '\u001b', '%', ':', ',', '<', '&', ']',
                        '>', '"', '\uFFFF', '\uD800', '\uDC00'))
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder text = new StringBuilder("m");
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    private static CheckOutcome outcome(String message) {
        Finding finding = new Finding("roles.a", Severity.ERROR, message, JsonPointer.of("term"), List.of(), null);
        return new CheckOutcome(List.of(new CheckedDocument(document.path(), document.agreement(),
                new org.interagency.agreements.rules.Report(List.of(finding), List.of(new RuleOutcome("roles.a", Outcome.FOUND, 1, null))),
                document.positions(), List.of(), null)), List.of(), List.of());
    }

    @Property(tries = 300)
    void junitXmlIsValidAndSaysTheMessageEscaped(@ForAll("hostileText") String message) throws Exception {
        String xml = JunitReportTest.write(ReportWriter.junit(), outcome(message));

        JunitReportTest.validate(xml);
        Document parsed = JunitReportTest.parse(xml);
        Element failure = (Element) parsed.getElementsByTagName("failure").item(0);
        String escaped = Messages.escape(message).replace("\uFFFE", "\\uFFFE").replace("\uFFFF", "\\uFFFF");
        assertThat(failure.getAttribute("message")).isEqualTo("1 finding: " + escaped);
        assertThat(parsed.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    }

    @Property(tries = 300)
    void githubCommandsStayOneLineAndDecodeToTheMessageEscaped(@ForAll("hostileText") String message) {
        List<String> lines = JunitReportTest.write(ReportWriter.github(), outcome(message)).lines().toList();

        assertThat(lines).hasSize(2);
        String data = lines.get(0).substring(lines.get(0).indexOf("::", 2) + 2);
        // GitHub's unescaping, in the reverse order of its escaping.
        String decoded = data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
        assertThat(decoded).isEqualTo("/term: " + Messages.escape(message));
    }
}
