package org.interagency.agreements.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diff view of the HTML report ({@code agreements report --diff OLD NEW}) as a person sees it
 * in chromium: the changes by class and the findings introduced and resolved, read through the
 * DOM; hostile values shown as text. Skipped, with the reason, where chromium or chromedriver is
 * not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffReportInBrowserTest {

    @TempDir
    Path pages;

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

    private Path report(String name, Path previous, Path current) {
        Path page = pages.resolve(name + ".html");
        Cli.Run run = Cli.run("report", "--as-of", "2026-12-01", "--output", page.toString(), "--diff", previous.toString(),
                current.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return page;
    }

    private String count(String name) {
        return browser.driver().findElement(By.cssSelector("#diff-counts td[data-count='" + name + "']")).getText();
    }

    private List<String> column(String table, int column) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr td:nth-child(" + column + ")"))
                .stream().map(WebElement::getText).toList();
    }

    @Test
    @DisplayName("the amendment's page shows its changes by class and the overlap it introduces and the limit it adds")
    void theAmendmentsChangesAndFindings() throws IOException {
        Path page = report("amendment", Cli.example("harris-county-flood-response-mou.yaml"),
                Cli.examples().resolveSibling("versions").resolve("harris-county-flood-response-mou-amendment-1.yaml"));
        browser.open(page);

        assertThat(count("material")).isEqualTo("2");
        assertThat(count("administrative")).isEqualTo("4");
        assertThat(count("introduced")).isEqualTo("1");
        assertThat(count("resolved")).isEqualTo("1");
        assertThat(column("diff-material", 3)).containsExactly("/escalationPaths/operational-disputes/levels/2/responseTime",
                "/responsibilities/sheltering/assignments/hcfcd accountable * 2027-03-01..2030-05-31");
        assertThat(column("diff-material", 5)).element(1).asString().startsWith("line 120");
        assertThat(column("diff-administrative", 2)).containsExactly("added", "added", "changed", "changed");
        assertThat(column("diff-introduced", 2)).containsExactly("roles.accountable-overlap");
        assertThat(column("diff-resolved", 2)).containsExactly("escalation.level-without-time-limit");
        // Both versions follow, as check sees them.
        assertThat(browser.driver().findElements(By.cssSelector("section.document"))).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("#diff th[scope='col']"))).isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        // The browser's own chrome:// pages (its first new tab) are not the page's requests.
        assertThat(browser.requests()).filteredOn(url -> !url.startsWith("chrome://")).containsOnly(page.toUri().toString());
        browser.screenshot(Path.of("target", "screenshots", "diff-amendment.png"));
    }

    @Test
    @DisplayName("values of a hostile version show as text in the diff view, and no script runs")
    void hostileValuesRenderInert() throws IOException {
        Path flood = Cli.example("harris-county-flood-response-mou.yaml");
        Path hostile = pages.resolve("hostile.yaml");
        Files.writeString(hostile, Files.readString(flood, StandardCharsets.UTF_8).replace(
                "title: Memorandum of Understanding for Coordinated Flood Response in Harris County, Texas",
                "title: \"<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>\""), StandardCharsets.UTF_8);

        browser.open(report("hostile", flood, hostile));

        assertThat(browser.script("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.script("return document.querySelectorAll('#diff script, #diff img').length")).isEqualTo(0L);
        assertThat(column("diff-administrative", 5)).singleElement().asString()
                .contains("<img src=x onerror=window.__pwned=1><script>");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
