package org.interagency.agreements.report;

import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every format shows of what the engine adds to a finding (its rule's citations, its
 * fingerprint, the waiver that accepts it), on one example document with one hand-made finding.
 */
class ReportWritersTest {

    private static final Path FILE = Path.of(System.getProperty("agreements.examples", "../examples"), "agreements",
            "computer-matching-ssa-calfresh.json");
    private static final Citation CITATION = Citation.of("5 U.S.C. 552a", "(o)(1)(K)");
    private static final Waiver WAIVER = new Waiver("privacy.example", "computer-matching-ssa-calfresh", "/term",
            "renewal <script>alert(1)</script> under way", "Data Integrity Board", LocalDate.of(2026, 7, 1),
            LocalDate.of(2027, 6, 30));

    /** The same waiver, recorded in the agreement by its parties. */
    private static final Waiver AGREED = WAIVER.withOrigin(Waiver.Origin.AGREEMENT);

    private static CheckOutcome outcome(boolean waived) throws IOException {
        return outcome(waived ? WAIVER : null);
    }

    private static CheckOutcome outcome(@Nullable Waiver waiver) throws IOException {
        ReadResult read = AgreementJson.defaults().read(DocumentSource.of(FILE));
        Finding finding = new Finding("privacy.example", Severity.ERROR, "the agreement says nothing of notice",
                JsonPointer.of("term"), List.of(), "add the notice").withCitations(List.of(CITATION)).withFingerprint("f1");
        if (waiver != null) {
            finding = finding.withWaiver(waiver);
        }
        CheckedDocument document = CheckedDocument.checked("examples/cma.json", read.agreement(), new Report(List.of(finding)),
                read.positions()).withText(Files.readString(FILE, StandardCharsets.UTF_8));
        return new CheckOutcome(List.of(document), List.of(), List.of());
    }

    private static String write(ReportWriter writer, CheckOutcome outcome) {
        StringWriter out = new StringWriter();
        writer.write(outcome, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void textNamesTheCitedProvisionAndTheWaiver() throws IOException {
        String text = write(ReportWriter.text(), outcome(true));

        assertThat(text).contains("\n         cites: 5 U.S.C. 552a(o)(1)(K)\n")
                .contains("\n         waived until 2027-06-30 by Data Integrity Board: renewal <script>alert(1)</script> under way\n");
    }

    @Test
    void textOfAnActiveFindingSaysNothingOfAWaiver() throws IOException {
        assertThat(write(ReportWriter.text(), outcome(false))).contains("cites: ").doesNotContain("waived");
    }

    @Test
    void jsonCarriesCitationsFingerprintAndWaiver() throws IOException {
        JsonNode finding = JsonMapper.builder().build().readTree(write(ReportWriter.json(), outcome(true)))
                .get("documents").get(0).get("findings").get(0);

        assertThat(finding.get("citations").get(0).get("text").asString()).isEqualTo("5 U.S.C. 552a(o)(1)(K)");
        assertThat(finding.get("citations").get(0).get("instrument").asString()).isEqualTo("5 U.S.C. 552a");
        assertThat(finding.get("citations").get(0).get("pinpoint").asString()).isEqualTo("(o)(1)(K)");
        assertThat(finding.get("fingerprint").asString()).isEqualTo("f1");
        assertThat(finding.get("waiver").get("approvedBy").asString()).isEqualTo("Data Integrity Board");
        assertThat(finding.get("waiver").get("expires").asString()).isEqualTo("2027-06-30");
    }

    @Test
    void sarifMarksAWaivedFindingAsAnAcceptedSuppression() throws IOException {
        JsonNode result = JsonMapper.builder().build().readTree(write(ReportWriter.sarif("0.1.0"), outcome(true)))
                .get("runs").get(0).get("results").get(0);

        assertThat(result.get("properties").get("citations").get(0).asString()).isEqualTo("5 U.S.C. 552a(o)(1)(K)");
        assertThat(result.get("partialFingerprints").get("agreementsFinding/v1").asString()).isEqualTo("f1");
        JsonNode suppression = result.get("suppressions").get(0);
        assertThat(suppression.get("kind").asString()).isEqualTo("external");
        assertThat(suppression.get("status").asString()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asString()).startsWith("renewal <script>");
    }

    @Test
    void sarifOfAnActiveFindingHasNoSuppression() throws IOException {
        JsonNode result = JsonMapper.builder().build().readTree(write(ReportWriter.sarif("0.1.0"), outcome(false)))
                .get("runs").get(0).get("results").get(0);

        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void htmlShowsTheCitationAndTheWaiverAsEscapedText() throws IOException {
        String html = write(ReportWriter.html(LocalDate.of(2026, 12, 1)), outcome(true));

        assertThat(html).contains("<cite>5 U.S.C. 552a(o)(1)(K)</cite>")
                .contains("data-waived=\"true\"")
                .contains("Waived until 2027-06-30 by Data Integrity Board: renewal &lt;script&gt;alert(1)&lt;/script&gt; under way")
                .doesNotContain("<script>")
                .contains("<td data-count=\"waived\">1</td>")
                .contains("Checked as of 2026-12-01.");
    }

    @Test
    void textSaysAWaiverWasAgreedInTheAgreementAndAFileWaiverSaysNothingMore() throws IOException {
        assertThat(write(ReportWriter.text(), outcome(AGREED))).contains("\n         waived until 2027-06-30 by Data"
                + " Integrity Board: renewal <script>alert(1)</script> under way (agreed in the agreement)\n");
        assertThat(write(ReportWriter.text(), outcome(WAIVER))).doesNotContain("agreed in the agreement");
    }

    @Test
    void jsonGivesTheWaiversOrigin() throws IOException {
        JsonNode agreed = JsonMapper.builder().build().readTree(write(ReportWriter.json(), outcome(AGREED)))
                .get("documents").get(0).get("findings").get(0).get("waiver");
        JsonNode external = JsonMapper.builder().build().readTree(write(ReportWriter.json(), outcome(WAIVER)))
                .get("documents").get(0).get("findings").get(0).get("waiver");

        assertThat(agreed.get("origin").asString()).isEqualTo("agreement");
        assertThat(external.get("origin").asString()).isEqualTo("external");
    }

    @Test
    void sarifWritesAWaiverOfTheAgreementAsAnInSourceSuppression() throws IOException {
        JsonNode suppression = JsonMapper.builder().build().readTree(write(ReportWriter.sarif("0.1.0"), outcome(AGREED)))
                .get("runs").get(0).get("results").get(0).get("suppressions").get(0);

        // SARIF 2.1.0 §3.35.2: inSource, the suppression is stated in the analysed artifact itself.
        assertThat(suppression.get("kind").asString()).isEqualTo("inSource");
        assertThat(suppression.get("status").asString()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asString()).startsWith("renewal <script>");
    }

    @Test
    void junitGithubAndHtmlSayTheWaiverWasAgreedInTheAgreement() throws IOException {
        assertThat(write(ReportWriter.junit(), outcome(AGREED))).contains("under way (agreed in the agreement)");
        assertThat(write(ReportWriter.github(), outcome(AGREED))).contains("under way (agreed in the agreement)");
        assertThat(write(ReportWriter.html(LocalDate.of(2026, 12, 1)), outcome(AGREED)))
                .contains("under way (agreed in the agreement)");
    }
}
