package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of an agreement with 10<sup>5</sup> assignments stays usable: its RACI matrix is
 * paged (the first page open, the others collapsed), so the browser lays out a page of rows, not
 * the whole matrix. The file's size and the browser's navigation timing are written to
 * {@code target/large-report.txt} for the record; they are figures, not assertions (timing belongs
 * in benchmarks, and this machine is shared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeReportInBrowserTest {

    private static final int RESPONSIBILITIES = 25_000;

    @TempDir
    Path dir;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        String unavailable = Browser.unavailableBecause();
        Assumptions.assumeTrue(unavailable == null, () -> "no browser to test the HTML report in: " + unavailable);
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** The flood MOU with 25 000 responsibilities of four assignments each: 10^5 assignments, no overlap. */
    private Path largeDocument() throws IOException {
        Agreement flood = AgreementJson.defaults().read(DocumentSource.of(Cli.example("harris-county-flood-response-mou.yaml")))
                .agreement();
        List<String> parties = flood.parties().stream().map(p -> p.agencyId()).toList();
        RaciRole[] roles = {RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE, RaciRole.CONSULTED, RaciRole.INFORMED};
        List<Responsibility> work = new ArrayList<>(RESPONSIBILITIES);
        for (int i = 0; i < RESPONSIBILITIES; i++) {
            List<Assignment> assignments = new ArrayList<>();
            for (int a = 0; a < 4; a++) {
                assignments.add(new Assignment(parties.get((i + a) % parties.size()), roles[a], null, null));
            }
            work.add(new Responsibility("task-" + i, ScopePath.parse("emergency/flood/task-" + i), "Flood task " + i,
                    assignments));
        }
        Agreement large = AgreementBuilder.builder(flood).responsibilities(work).build();
        Path file = dir.resolve("large.json");
        Files.writeString(file, AgreementJson.defaults().writePretty(large), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The page as {@code agreements report} writes it, through the library: the command reads at
     * most 4 MiB a document (AgreementJson's default bound), and this document is larger.
     */
    private static void writeReport(Path document, Path page) throws IOException {
        AgreementJson reader = AgreementJson.builder().maxDocumentBytes(64L << 20).maxTokenCount(20_000_000).build();
        ReadResult read = reader.read(DocumentSource.of(document));
        AgreementValidator validator = AgreementValidator.builder().clock(Clock.fixed(
                LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        Report report = validator.validate(read.agreement());
        CheckedDocument checked = CheckedDocument.checked(document.toString(), read.agreement(), report, read.positions())
                .withText(Files.readString(document, StandardCharsets.UTF_8))
                .withAssessment(Rubric.builtIn().assess(read.agreement(), report, validator));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(page, StandardCharsets.UTF_8))) {
            ReportWriter.html(LocalDate.of(2026, 12, 1)).write(new CheckOutcome(List.of(checked), List.of(),
                    RuleSummary.of(validator)), out);
        }
    }

    @Test
    @DisplayName("a 10^5-assignment agreement's page shows one page of the RACI matrix open and the rest collapsed")
    void largeMatrixIsPaged() throws IOException {
        Path document = largeDocument();
        Path page = dir.resolve("large.html");
        writeReport(document, page);

        browser.open(page);

        assertThat(browser.driver().findElements(By.cssSelector("details.raci-page"))).hasSize(RESPONSIBILITIES / 200);
        assertThat(browser.driver().findElements(By.cssSelector("details.raci-page[open]"))).hasSize(1);
        assertThat(browser.script("return document.querySelector('details.raci-page[open]')"
                + ".querySelectorAll('table.raci tbody tr').length")).isEqualTo(200L);
        // Every row is on the page, in its page: nothing is left out.
        assertThat(browser.script("return document.querySelectorAll('table.raci tbody tr').length"))
                .isEqualTo((long) RESPONSIBILITIES);
        assertThat(browser.consoleErrors()).isEmpty();

        Map<?, ?> timing = (Map<?, ?>) browser.script("const n = performance.getEntriesByType('navigation')[0];"
                + " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, height: document.documentElement.scrollHeight};");
        String figures = String.format(java.util.Locale.ROOT,
                "assignments=%d responsibilities=%d document-bytes=%d page-bytes=%d domContentLoaded-ms=%.0f load-ms=%.0f"
                        + " page-height-px=%s%n", RESPONSIBILITIES * 4, RESPONSIBILITIES, Files.size(document), Files.size(page),
                ((Number) timing.get("dcl")).doubleValue(), ((Number) timing.get("load")).doubleValue(), timing.get("height"));
        Files.writeString(Path.of("target", "large-report.txt"), figures, StandardCharsets.UTF_8);
    }
}
