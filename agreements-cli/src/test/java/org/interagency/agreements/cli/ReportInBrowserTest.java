package org.interagency.agreements.cli;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report as a person sees it: written by {@code agreements report}, opened from
 * {@code file://} in Debian's chromium, and read through the DOM. Skipped, with the reason, where
 * chromium or chromedriver is not installed ({@code .ci/run} installs both).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {

    private static final String AS_OF = "2026-12-01";
    private static final String HARRIS = "harris-county-flood-response-mou.yaml";

    @TempDir
    Path pages;

    private Browser browser;

    private @Nullable String unavailable;

    @BeforeAll
    void startBrowser() throws IOException {
        unavailable = Browser.unavailableBecause();
        if (unavailable == null) {
            browser = Browser.start();
        }
    }

    // Checked before each test, not in @BeforeAll: Surefire reports each test aborted here as
    // skipped, with the reason, where an aborted class would be missing from its counts.
    @BeforeEach
    void needsABrowser() {
        Assumptions.assumeTrue(unavailable == null, () -> "no browser to test the HTML report in: " + unavailable);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Cli.examples())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    private Path report(String name, String... documents) {
        return report(0, name, documents);
    }

    private Path report(int exitCode, String name, String... documents) {
        Path page = pages.resolve(name + ".html");
        String[] args = Stream.concat(Stream.of("report", "--as-of", AS_OF, "--output", page.toString()), Stream.of(documents))
                .toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        return page;
    }

    private static Map<Severity, Integer> countsByTheValidator() throws IOException {
        AgreementValidator validator = AgreementValidator.builder()
                .clock(Clock.fixed(LocalDate.parse(AS_OF).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (String name : examples().toList()) {
            Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Cli.example(name))).agreement();
            for (Finding finding : validator.validate(agreement).findings()) {
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private String count(String name) {
        return browser.driver().findElement(By.cssSelector("#counts td[data-count='" + name + "']")).getText();
    }

    @Test
    @DisplayName("the summary shows the number of documents and the findings the validator finds in them")
    void summaryShowsTheCounts() throws IOException {
        browser.open(report("examples", Cli.examples().toString()));
        Map<Severity, Integer> expected = countsByTheValidator();

        assertThat(count("documents")).isEqualTo("17");
        assertThat(count("unreadable")).isEqualTo("0");
        assertThat(count("error")).isEqualTo(expected.get(Severity.ERROR).toString());
        assertThat(count("warning")).isEqualTo(expected.get(Severity.WARNING).toString());
        assertThat(count("info")).isEqualTo(expected.get(Severity.INFO).toString());
        // Seven of the seventeen examples are clean (examples/README.md).
        assertThat(count("clean")).isEqualTo("7");
        assertThat(count("with-findings")).isEqualTo("10");
    }

    @Test
    @DisplayName("a finding's row shows its rule, message, hint, location and the source around its line, numbered")
    void findingRowShowsTheSourceAroundItsLine() throws IOException {
        browser.open(report("harris", Cli.example(HARRIS).toString()));
        WebElement row = browser.driver().findElement(By.cssSelector("tr.finding[data-rule='roles.accountable-overlap']"));

        assertThat(row.findElement(By.cssSelector(".sev")).getText()).isEqualTo("error");
        assertThat(row.findElement(By.cssSelector(".message")).getText()).contains("\"hcohsem\"").contains("\"tdem\"");
        assertThat(row.findElement(By.cssSelector(".hint")).getText()).startsWith("Hint: ");
        assertThat(row.findElement(By.cssSelector(".where")).getText()).isEqualTo("/responsibilities/1/assignments/0");

        // The county's accountable assignment of evacuation, as the file has it: the line the excerpt marks.
        List<String> lines = Files.readAllLines(Cli.example(HARRIS), StandardCharsets.UTF_8);
        int evacuation = indexOf(lines, "- id: evacuation", 0);
        int expectedLine = indexOf(lines, "agencyId: hcohsem, role: accountable", evacuation) + 1;
        WebElement marked = row.findElement(By.cssSelector("pre.excerpt .src.at"));
        assertThat(marked.getAttribute("data-line")).isEqualTo(Integer.toString(expectedLine));
        assertThat(marked.getText()).isEqualTo(expectedLine + lines.get(expectedLine - 1));
        List<WebElement> excerpt = row.findElements(By.cssSelector("pre.excerpt .src"));
        assertThat(excerpt).hasSize(7);
        assertThat(excerpt.get(0).findElement(By.cssSelector(".ln")).getText()).isEqualTo(Integer.toString(expectedLine - 3));

        // The other side of the overlap is linked, to the RACI cell that holds it.
        WebElement related = row.findElement(By.cssSelector(".related a"));
        assertThat(related.getText()).startsWith("/responsibilities/2/assignments/0");
        String target = related.getAttribute("href").replaceFirst(".*#", "");
        assertThat(browser.driver().findElement(By.id(target)).getTagName()).isEqualTo("td");
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    @DisplayName("the RACI cell of the known overlap says so in words, and links to the finding")
    void raciCellOfTheOverlapIsMarkedInPlace() throws IOException {
        browser.open(report("harris-raci", Cli.example(HARRIS).toString()));
        WebElement table = browser.driver().findElement(By.cssSelector("table.raci"));
        List<String> agencies = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        int county = agencies.indexOf("Harris County Office of Homeland Security and Emergency Management");
        int state = agencies.indexOf("Texas Division of Emergency Management");
        assertThat(county).isPositive();
        assertThat(state).isPositive();

        WebElement evacuation = rowOf(table, "evacuation");
        WebElement countyCell = evacuation.findElements(By.cssSelector("th, td")).get(county);
        assertThat(countyCell.getText()).contains("A").contains("accountable-overlap");
        WebElement mark = countyCell.findElement(By.cssSelector("a.mark"));
        String finding = mark.getAttribute("href").replaceFirst(".*#", "");
        assertThat(browser.driver().findElement(By.id(finding)).getAttribute("data-rule")).isEqualTo("roles.accountable-overlap");

        WebElement transport = rowOf(table, "evacuation-transport");
        assertThat(transport.findElements(By.cssSelector("th, td")).get(state).getText()).contains("accountable-overlap");
        // A cell no finding concerns carries no mark.
        assertThat(transport.findElements(By.cssSelector("th, td")).get(county).findElements(By.cssSelector(".mark"))).isEmpty();
    }

    @Test
    @DisplayName("a responsibility nobody is accountable for is marked on its row, in words, with a link to the finding")
    void raciRowOfAGapIsMarkedInPlace() throws IOException {
        String text = Files.readString(Cli.example(HARRIS), StandardCharsets.UTF_8);
        String sheltering = "    description: Open and run general-population shelters.\n    assignments:\n";
        String accountable = "      - { agencyId: hcohsem, role: accountable }\n";
        assertThat(text).contains(sheltering + accountable);
        Path gap = pages.resolve("harris-gap.yaml");
        Files.writeString(gap, text.replace(sheltering + accountable, sheltering), StandardCharsets.UTF_8);
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(gap)).agreement();
        int row = agreement.responsibilities().stream().map(r -> r.id()).toList().indexOf("sheltering");
        assertThat(AgreementValidator.builder().build().validate(agreement).findingsOf("roles.accountability-gap"))
                .singleElement().satisfies(f -> assertThat(f.location()).hasToString("/responsibilities/" + row));

        browser.open(report("harris-gap", gap.toString()));
        WebElement table = browser.driver().findElement(By.cssSelector("table.raci"));
        WebElement header = rowOf(table, "sheltering").findElement(By.cssSelector("th"));
        assertThat(header.getText()).contains("accountability-gap");
        WebElement mark = header.findElement(By.cssSelector("a.mark"));
        String finding = mark.getAttribute("href").replaceFirst(".*#", "");
        assertThat(browser.driver().findElement(By.id(finding)).getAttribute("data-rule")).isEqualTo("roles.accountability-gap");
        // The rows the gap does not concern carry no mark.
        assertThat(rowOf(table, "flood-warning").findElement(By.cssSelector("th")).findElements(By.cssSelector(".mark")))
                .isEmpty();
    }

    private static WebElement rowOf(WebElement table, String responsibility) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().split("\\s")[0].equals(responsibility))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + responsibility));
    }

    @Test
    @DisplayName("the summary draws each agreement's profile: a bar per principle, as tall as the level the assessment gives")
    void summaryDrawsTheProfileOfEachAgreement() throws IOException {
        browser.open(report("profiles", Cli.examples().toString()));
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.profile svg"));
        // One chart per example document (each is an agreement the assessment profiles).
        try (java.util.stream.Stream<Path> examples = Files.list(Cli.examples())) {
            assertThat(charts).hasSize((int) examples.filter(f -> f.toString().matches(".*\\.(json|yaml)$")).count());
        }

        AgreementValidator validator = AgreementValidator.builder()
                .clock(Clock.fixed(LocalDate.parse(AS_OF).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        Agreement flood = AgreementJson.defaults().read(DocumentSource.of(Cli.example(HARRIS))).agreement();
        CollaborationAssessment expected = Rubric.builtIn().assess(flood, validator);
        WebElement chart = browser.driver().findElements(By.cssSelector("figure.profile")).stream()
                .filter(f -> f.findElement(By.cssSelector("figcaption")).getText().equals(flood.title()))
                .findFirst().orElseThrow().findElement(By.cssSelector("svg"));
        List<WebElement> bars = chart.findElements(By.cssSelector("g.bar"));
        assertThat(bars).hasSize(10);
        double unit = Double.NaN;
        for (int i = 0; i < 10; i++) {
            PrincipleAssessment p = expected.principles().get(i);
            WebElement bar = bars.get(i);
            assertThat(bar.getAttribute("data-principle")).isEqualTo("P" + p.principle().number());
            String level = p.applicable() ? String.valueOf(p.level().number()) : "n/a";
            assertThat(bar.findElement(By.cssSelector("text.value")).getText()).isEqualTo(level);
            double height = ((Number) browser.script("return arguments[0].getBBox().height", bar.findElement(By.cssSelector("rect"))))
                    .doubleValue();
            if (p.applicable() && p.level().number() > 0) {
                double perLevel = height / p.level().number();
                unit = Double.isNaN(unit) ? perLevel : unit;
                assertThat(perLevel).as("bar %s is as tall as its level", level).isCloseTo(unit, org.assertj.core.data.Offset.offset(0.01));
            } else {
                assertThat(height).isZero();
            }
        }
        // A screen reader hears the levels in words.
        assertThat(chart.findElement(By.cssSelector("desc")).getAttribute("textContent"))
                .contains("P2 Clear roles and responsibilities: 1");
    }

    @Test
    @DisplayName("each document's assessment gives every principle its level and next step, as the assessment does")
    void assessmentTableGivesLevelsAndNextSteps() throws IOException {
        browser.open(report("harris-assessment", Cli.example(HARRIS).toString()));
        WebElement table = browser.driver().findElement(By.cssSelector("table.assessment"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(10);
        WebElement roles = table.findElement(By.cssSelector("tr[data-principle='P2']"));
        assertThat(roles.findElement(By.cssSelector("td.level")).getText()).isEqualTo("1 stated");
        assertThat(roles.findElement(By.cssSelector(".next-step")).getText())
                .isEqualTo("to reach 2 (specified): resolve the overlaps and gaps in accountability and assign only parties");
        assertThat(roles.findElement(By.cssSelector("ul.unmet")).getAttribute("textContent"))
                .contains("assess.p2.l2.consistent not_met");
        assertThat(table.findElement(By.cssSelector("tr[data-principle='P6'] td.level")).getText()).isEqualTo("n/a");
        assertThat((String) browser.script("return document.body.innerText")).contains("documentary evidence only");
    }

    @Test
    @DisplayName("with a waiver file, the summary counts before and after waivers, and lists the waived finding with its waiver")
    void waivedFindingsAreCountedAndListedWithTheirWaivers() throws IOException {
        Path waivers = Cli.examples().resolveSibling("waivers").resolve("harris-county-flood-response-mou.waivers.yaml");
        browser.open(report("harris-waived", "--waivers", waivers.toString(), Cli.example(HARRIS).toString()));

        int errors = Integer.parseInt(count("error"));
        assertThat(count("waived")).isEqualTo("1");
        assertThat(count("error-active")).isEqualTo(Integer.toString(errors - 1));
        assertThat(count("warning-active")).isEqualTo(count("warning"));

        List<WebElement> waived = browser.driver().findElements(By.cssSelector("#waived tr.waived-finding"));
        assertThat(waived).hasSize(1);
        WebElement row = waived.get(0);
        assertThat(row.getAttribute("data-rule")).isEqualTo("roles.accountable-overlap");
        assertThat(row.findElement(By.cssSelector(".where")).getText()).isEqualTo("/responsibilities/1/assignments/0");
        assertThat(row.getText()).contains("Harris County Attorney's Office").contains("2026-07-01").contains("2027-06-30")
                .contains("the joint operations centre decides in the meantime");
        String target = row.findElement(By.cssSelector("a")).getAttribute("href").replaceFirst(".*#", "");
        WebElement finding = browser.driver().findElement(By.id(target));
        assertThat(finding.getAttribute("data-waived")).isEqualTo("true");
        assertThat(finding.getAttribute("data-rule")).isEqualTo("roles.accountable-overlap");
    }

    @Test
    @DisplayName("data flows and escalation ladders are drawn: every node of the model, with a size")
    void diagramsArePresentAndNotEmpty() throws IOException {
        String name = "health-social-services-data-sharing.json";
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Cli.example(name))).agreement();
        assertThat(agreement.dataSharingProtocols()).isNotEmpty();
        assertThat(agreement.escalationPaths()).isNotEmpty();
        browser.open(report("health", Cli.example(name).toString()));

        WebElement flows = browser.driver().findElement(By.cssSelector("figure[id$='-flow-diagram'] svg"));
        long recipients = agreement.dataSharingProtocols().stream().mapToLong(p -> p.recipients().size()).sum();
        assertThat(flows.findElements(By.cssSelector("g.edge"))).hasSize((int) recipients);
        assertThat(flows.findElements(By.cssSelector("g.node")).size()).isGreaterThanOrEqualTo(agreement.parties().size());
        assertSized(flows);

        WebElement ladders = browser.driver().findElement(By.cssSelector("figure[id$='-ladder-diagram'] svg"));
        int levels = agreement.escalationPaths().stream().mapToInt(p -> p.levels().size() + (p.finalResolution() == null ? 0 : 1)).sum();
        assertThat(ladders.findElements(By.cssSelector("g.node"))).hasSize(levels);
        assertThat(ladders.findElements(By.cssSelector("g.group"))).hasSize(agreement.escalationPaths().size());
        assertSized(ladders);
    }

    private void assertSized(WebElement svg) {
        Map<?, ?> box = (Map<?, ?>) browser.script("const b = arguments[0].getBBox(); return {w: b.width, h: b.height};", svg);
        assertThat(((Number) box.get("w")).doubleValue()).isGreaterThan(50);
        assertThat(((Number) box.get("h")).doubleValue()).isGreaterThan(20);
        // The nodes' text is drawn, not only the boxes.
        assertThat(svg.findElements(By.cssSelector("g.node text")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("each example's page loads nothing, logs no error, and is saved as a screenshot")
    void pageLoadsNothingAndLogsNoError(String name) throws IOException {
        Path page = report(name, Cli.example(name).toString());
        browser.open(page);

        assertThat(browser.consoleErrors()).isEmpty();
        // The log holds the page's own request (so it records requests), and nothing else.
        assertThat(browser.requests()).containsOnly(page.toUri().toString());
        assertThat(browser.script("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
        // The stylesheet applied: the policy allowed it by its hash.
        assertThat(browser.script("return getComputedStyle(document.body).margin")).isEqualTo("0px");
        browser.screenshot(Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"),
                name.replaceFirst("\\.[a-z]+$", "") + ".png"));
    }

    /** The hostile agreement, under a file name that is hostile too, with the long name in place. */
    private Path hostileDocument(String longName) throws IOException {
        String hostile = Files.readString(Cli.resource("documents/hostile-html.yaml"), StandardCharsets.UTF_8)
                .replace("LONG_NAME", longName);
        Path document = pages.resolve("<img src=x onerror=window.__pwned=1>\u202Elmth.yaml");
        Files.writeString(document, hostile, StandardCharsets.UTF_8);
        return document;
    }

    @Test
    @DisplayName("a hostile agreement renders inert: no script runs, its markup shows as text, hidden characters show")
    void hostileAgreementRendersInert() throws IOException {
        String longName = "L" + "o".repeat(9_998) + "g";
        Path document = hostileDocument(longName);
        Path bidi = Cli.resource("documents/hostile-bidi.yaml");
        browser.open(report(2, "hostile", document.toString(), bidi.toString()));

        assertThat(browser.script("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.script("return document.querySelectorAll('script, img, iframe, foreignObject, object, embed').length"))
                .isEqualTo(0L);
        assertThat(browser.script("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                + ".some(a => a.name.startsWith('on'))).length")).isEqualTo(0L);
        assertThat(browser.script("return [...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href')"
                + ".startsWith('#')).length")).isEqualTo(0L);
        assertThat(browser.script("return document.querySelectorAll('style').length")).isEqualTo(1L);
        assertThat(browser.consoleErrors()).isEmpty();

        String text = (String) browser.script("return document.body.innerText");
        assertThat(text).contains("<script>window.__pwned = 'title'</script>Hostile <b>title</b>")
                .contains("<img src=x onerror=\"window.__pwned='img'\">County")
                .contains("<a href=\"javascript:window.__pwned='link'\">State</a>")
                .contains("</style><style>body{display:none}</style>")
                .contains("</text><foreignObject><script>window.__pwned='svg-text'</script></foreignObject>")
                // The long name is there whole, in the data-flow table.
                .contains(longName);
        // A bidirectional override in a file name is shown, not obeyed; the document that holds
        // them in its text is listed as unreadable, with the reader's reason.
        assertThat(text).contains("<img src=x onerror=window.__pwned=1>\\u202Elmth.yaml")
                .contains("hostile-bidi.yaml").contains("could not be read").contains("U+202E")
                .doesNotContain("\u202E").doesNotContain("\u2066");
        assertThat(count("unreadable")).isEqualTo("1");
        // The page stays one column wide: the long name wraps instead of widening the page.
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(((Number) browser.script("return window.innerWidth")).intValue());
        assertThat(browser.driver().getTitle()).isEqualTo("Agreements report");
        browser.screenshot(Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"), "hostile-html.png"));
    }

    @Test
    @DisplayName("axe-core finds no serious or critical accessibility violation: the examples, the hostile page, waivers, a diff")
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        Path axe = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        Assumptions.assumeTrue(Files.isRegularFile(axe),
                () -> "axe-core is not at " + axe + ": the build installs it with npm, which failed or is missing");
        String engine = Files.readString(axe, StandardCharsets.UTF_8);
        Path hostile = hostileDocument("x".repeat(10_000));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Path waivers = Cli.examples().resolveSibling("waivers").resolve("harris-county-flood-response-mou.waivers.yaml");
        for (Path page : List.of(report("axe-examples", Cli.examples().toString()), report("axe-hostile", hostile.toString()),
                report("axe-waived", "--waivers", waivers.toString(), Cli.example(HARRIS).toString()),
                report("axe-diff", "--diff", Cli.example(HARRIS).toString(), Cli.examples().resolveSibling("versions")
                        .resolve("harris-county-flood-response-mou-amendment-1.yaml").toString()))) {
            browser.open(page);
            browser.script(engine);
            Map<?, ?> result = (Map<?, ?>) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " axe.run(document).then(r => done({passes: r.passes.length, violations: r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)"
                    + ".map(n => n.target.join(' ')).join(', '))}))"
                    + ".catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));");
            assertThat((List<?>) result.get("violations")).as("serious or critical violations on %s", page.getFileName()).isEmpty();
            // axe ran its rules on the page (tables, headings, landmarks, contrast, ...).
            assertThat(((Number) result.get("passes")).intValue()).isGreaterThan(10);
        }
    }
}
