package org.interagency.agreements.report;

import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ReportWriter.junit}: JUnit XML valid against the vendored Jenkins {@code junit-10.xsd}
 * (src/test/resources/schemas, see its README), one test case per document and rule, and no
 * document text that can forge an element or make the file unreadable.
 */
class JunitReportTest {

    static final Path FILE = Path.of(System.getProperty("agreements.examples", "../examples"), "agreements",
            "computer-matching-ssa-calfresh.json");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(new StreamSource(JunitReportTest.class.getResource("/schemas/junit-10.xsd").toExternalForm()));
    }

    static CheckedDocument document(String path, List<Finding> findings, List<RuleOutcome> outcomes) throws IOException {
        ReadResult read = AgreementJson.defaults().read(DocumentSource.of(FILE));
        return CheckedDocument.checked(path, read.agreement(), new Report(findings, outcomes), read.positions());
    }

    static String write(ReportWriter writer, CheckOutcome outcome) {
        StringWriter out = new StringWriter();
        writer.write(outcome, new PrintWriter(out));
        return out.toString();
    }

    static void validate(String xml) throws IOException, SAXException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element testCase(Document document, String name) {
        return elements(document, "testcase").stream().filter(e -> e.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    private static Finding finding(String ruleId, Severity severity, String message) {
        return new Finding(ruleId, severity, message, JsonPointer.of("term"), List.of(), "fix it");
    }

    @Test
    void oneTestCasePerRuleThatRanWithFailuresSkipsAndErrors() throws Exception {
        CheckedDocument document = document("examples/cma.json",
                List.of(finding("roles.a", Severity.ERROR, "overlap one"), finding("roles.a", Severity.ERROR, "overlap two"),
                        finding("trust.b", Severity.INFO, "just so you know")),
                List.of(new RuleOutcome("roles.a", Outcome.FOUND, 2, null),
                        new RuleOutcome("trust.b", Outcome.FOUND, 1, null),
                        new RuleOutcome("data.c", Outcome.NOT_APPLICABLE, 0, "no data-sharing protocol"),
                        new RuleOutcome("goals.d", Outcome.PASSED, 0, null),
                        new RuleOutcome("goals.e", Outcome.FAILED, 0, "IllegalStateException in the rule"),
                        new RuleOutcome("off.f", Outcome.DISABLED, 0, "disabled by the configuration"),
                        new RuleOutcome("us-cma.g", Outcome.NOT_SELECTED, 0, "its pack was not selected")));
        String xml = write(ReportWriter.junit(Severity.WARNING), new CheckOutcome(List.of(document), List.of(), List.of()));

        validate(xml);
        Document parsed = parse(xml);
        Element suite = elements(parsed, "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("examples/cma.json");
        assertThat(suite.getAttribute("file")).isEqualTo("examples/cma.json");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(elements(parsed, "testcase")).extracting(e -> e.getAttribute("name"))
                .containsExactly("data.c", "goals.d", "goals.e", "roles.a", "trust.b");
        assertThat(elements(parsed, "testcase")).allSatisfy(e ->
                assertThat(e.getAttribute("classname")).isEqualTo("cma-ssa-cdss-2026"));

        Element failure = (Element) testCase(parsed, "roles.a").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).isEqualTo("2 findings: overlap one");
        SourcePosition term = document.position(JsonPointer.of("term"));
        assertThat(failure.getTextContent()).contains(term.line() + ":" + term.column() + " error /term\n    overlap one\n    hint: fix it\n")
                .contains("    overlap two\n");
        Element skipped = (Element) testCase(parsed, "data.c").getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("not applicable: no data-sharing protocol");
        assertThat(testCase(parsed, "goals.e").getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(testCase(parsed, "goals.d").getChildNodes().getLength()).isZero();
        // Below the threshold: passed, with the finding in its output.
        Element info = testCase(parsed, "trust.b");
        assertThat(info.getElementsByTagName("failure").getLength()).isZero();
        assertThat(info.getElementsByTagName("system-out").item(0).getTextContent()).contains("just so you know");
        Element root = parsed.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aWaivedFindingDoesNotFailItsTestCase() throws Exception {
        Waiver waiver = new Waiver("roles.a", "computer-matching-ssa-calfresh", "/term", "accepted for now", "Board",
                LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        CheckedDocument document = document("a.json", List.of(finding("roles.a", Severity.ERROR, "overlap").withWaiver(waiver)),
                List.of(new RuleOutcome("roles.a", Outcome.FOUND, 1, null)));
        String xml = write(ReportWriter.junit(), new CheckOutcome(List.of(document), List.of(), List.of()));

        validate(xml);
        Element waived = testCase(parse(xml), "roles.a");
        assertThat(waived.getElementsByTagName("failure").getLength()).isZero();
        assertThat(waived.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("waived until 2027-06-30 by Board: accepted for now");
    }

    @Test
    void anUnreadableDocumentIsOneTestCaseInError() throws Exception {
        CheckedDocument unreadable = CheckedDocument.unreadable("broken.json",
                List.of(new ReadProblem("a comma is missing", new SourcePosition(3, 7), JsonPointer.root())));
        String xml = write(ReportWriter.junit(), new CheckOutcome(List.of(unreadable), List.of(), List.of()));

        validate(xml);
        Element read = testCase(parse(xml), "read");
        Element error = (Element) read.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("a comma is missing");
        assertThat(error.getTextContent()).contains("3:7 a comma is missing");
    }

    @Test
    void aDocumentCannotForgeElementsNorWriteACharacterXmlForbids() throws Exception {
        String hostile = "</failure></testcase><testcase name=\"forged\"/>\u0000\u0001\u001b[2J\uFFFE\uFFFF\uD800 & ]]> \"'\nnext";
        CheckedDocument document = document("x" + "\u001b" + "\u0000.json", List.of(finding("roles.a", Severity.ERROR, hostile)),
                List.of(new RuleOutcome("roles.a", Outcome.FOUND, 1, null)));
        String xml = write(ReportWriter.junit(), new CheckOutcome(List.of(document), List.of(), List.of()));

        validate(xml);
        Document parsed = parse(xml);
        assertThat(elements(parsed, "testcase")).extracting(e -> e.getAttribute("name")).containsExactly("roles.a");
        Element failure = (Element) parsed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("1 finding: </failure></testcase><testcase name=\"forged\"/>\\u0000\\u0001\\u001B[2J\\uFFFE\\uFFFF\\uD800"
                        + " & ]]> \"'\\u000Anext");
        assertThat(failure.getTextContent()).doesNotContain("\n    next").contains("\\u000Anext");
        assertThat(elements(parsed, "testsuite").get(0).getAttribute("name")).isEqualTo("x\\u001B\\u0000.json");
        assertThat(xml.chars().filter(c -> c < 0x20 && c != '\n' || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c)))
                .isEmpty();
    }

    @Test
    void theSchemaRejectsWhatJunitXmlDoesNotAllow() {
        // The validation above is only worth something if the schema can fail.
        assertThatThrownBy(() -> validate("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase classname=\"c\"/></testsuite></testsuites>")).isInstanceOf(SAXException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> validate("<testsuites><testsuite name=\"a\" tests=\"1\" errors=\"0\"/></testsuites>"))
                .isInstanceOf(SAXException.class);
    }
}
