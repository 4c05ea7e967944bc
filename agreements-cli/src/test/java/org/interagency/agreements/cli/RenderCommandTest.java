package org.interagency.agreements.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code agreements render}: the RACI matrix, data flows and escalation ladders in three notations. */
class RenderCommandTest {

    private static final List<String> VIEWS = List.of("raci", "dataflow", "escalation");

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> list = Files.list(Cli.examples())) {
            list.sorted().forEach(documents::add);
        }
        documents.add(Cli.resource("documents/hostile-labels.yaml"));
        return documents;
    }

    private static Cli.Run render(Path file, String view, String notation) {
        return Cli.run("render", file.toString(), "--view", view, "--as", notation);
    }

    @TestFactory
    Stream<DynamicTest> everyViewOfEveryDocumentIsAWellFormedMermaidFlowchart() throws IOException {
        return documents().stream().flatMap(file -> VIEWS.stream().map(view -> DynamicTest.dynamicTest(
                file.getFileName() + " " + view, () -> {
                    Cli.Run run = render(file, view, "mermaid");

                    assertThat(run.exitCode()).isZero();
                    assertThat(DiagramSyntax.mermaidProblems(run.out())).isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyViewOfEveryDocumentIsAWellFormedDotDigraph() throws IOException {
        return documents().stream().flatMap(file -> VIEWS.stream().map(view -> DynamicTest.dynamicTest(
                file.getFileName() + " " + view, () -> {
                    Cli.Run run = render(file, view, "dot");

                    assertThat(run.exitCode()).isZero();
                    assertThat(DiagramSyntax.dotProblems(run.out())).isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> graphvizDrawsEveryViewOfEveryDocument() throws IOException {
        // Checked in each dynamic test, not in the factory: an aborted factory is a container,
        // which Surefire leaves out of its report, while each aborted test is reported as skipped
        // with the reason.
        boolean graphviz = graphvizInstalled();
        return documents().stream().flatMap(file -> VIEWS.stream().map(view -> DynamicTest.dynamicTest(
                file.getFileName() + " " + view, () -> {
                    assumeTrue(graphviz, "Graphviz's dot is not on the PATH (apt-get install graphviz)");
                    String svg = dotToSvg(render(file, view, "dot").out());

                    assertThat(svg).contains("<svg").contains("</svg>");
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyMarkdownTableRowHasAsManyCellsAsItsHeader() throws IOException {
        return documents().stream().flatMap(file -> VIEWS.stream().map(view -> DynamicTest.dynamicTest(
                file.getFileName() + " " + view, () -> {
                    List<String> rows = render(file, view, "markdown").out().lines().filter(l -> l.startsWith("|")).toList();

                    for (String row : rows) {
                        assertThat(cells(row)).as(row).isEqualTo(cells(rows.get(0)));
                    }
                })));
    }

    @Test
    void theRaciMatrixHasARowPerResponsibilityAndAColumnPerAgency() {
        String out = render(Cli.example("williamson-county-fire-mutual-aid.yaml"), "raci", "markdown").out();

        assertThat(out).contains("| Responsibility | Scope | Cedar Park Fire Department | Leander Fire Department |\n"
                + "|---|---|---|---|\n"
                + "| incident-command-cedar-park | fire/incident-command/cedar-park | A, R | I |\n"
                + "| incident-command-leander | fire/incident-command/leander | I | A, R |\n"
                + "| run-cards | fire/dispatch/run-cards | A, C | R |\n"
                + "| cost-reconciliation | fire/finance/cost-reconciliation | C | A, R |\n");
    }

    @Test
    void theDataFlowsAreEdgesFromProviderToRecipientLabelledWithTheClassification() {
        String out = render(Cli.example("health-social-services-data-sharing.json"), "dataflow", "mermaid").out();

        assertThat(out).contains("    n0[\"Multnomah County Health Department\"]\n")
                .contains("    n1[\"Oregon Department of Human Services, Self-Sufficiency Programs\"]\n")
                .contains("    n0 -->|\"referrals: confidential, personal data\"| n1\n")
                .contains("    n1 -->|\"enrolment-status: confidential, personal data\"| n0\n");
    }

    @Test
    void theEscalationLadderClimbsLevelByLevelToTheFinalResolution() {
        String out = render(Cli.example("harris-county-flood-response-mou.yaml"), "escalation", "mermaid").out();

        assertThat(out).contains("flowchart TD\n    subgraph g0[\"operational-disputes (all scopes)\"]\n"
                + "        n0(\"1. EOC section chiefs\")\n"
                + "        n1(\"2. Flood response policy group\")\n"
                + "        n2(\"3. County Judge and TDEM Chief\")\n"
                + "        n3([\"final: joint-executive-decision\"])\n"
                + "    end\n"
                + "    n0 -->|\"unresolved after PT4H\"| n1\n"
                + "    n1 -->|\"unresolved after PT24H\"| n2\n"
                + "    n2 -->|\"no time limit\"| n3\n");
    }

    @Test
    void theEscalationLadderInMarkdownIsANumberedList() {
        String out = render(Cli.example("harris-county-flood-response-mou.yaml"), "escalation", "markdown").out();

        assertThat(out).contains("## operational-disputes (all scopes)\n\n"
                + "1. EOC section chiefs (respond within PT4H)\n"
                + "2. Flood response policy group (respond within PT24H)\n"
                + "3. County Judge and TDEM Chief (no time limit)\n\n"
                + "Final resolution: joint-executive-decision\n");
    }

    @Test
    void namesThatTryToBreakOutOfTheirLabelStayInside() {
        String out = render(Cli.resource("documents/hostile-labels.yaml"), "raci", "mermaid").out();

        assertThat(out).contains("n0[\"County #quot;A#quot;] --#gt; n9[#quot;pwned#quot;] #37;#37; #35;quot; #96;code#96;\"]")
                .doesNotContain("n9[\"pwned\"]");
    }

    @Test
    void anAgencyThatIsNotAPartyIsDrawnAndSaidToBeSo() {
        String out = render(Cli.resource("documents/hostile-labels.yaml"), "dataflow", "dot").out();

        assertThat(out).contains("[label=\"ghost (not a party)\", shape=box];");
    }

    @Test
    void defaultsToTheRaciMatrixInMermaid() {
        Cli.Run run = Cli.run("render", Cli.example("williamson-county-fire-mutual-aid.yaml").toString());

        assertThat(run.out()).contains("flowchart LR").contains("-->|\"A\"|");
    }

    @Test
    void refusesAnUnreadableDocumentInOneLine() {
        Cli.Run run = Cli.run("render", Cli.resource("documents/malformed.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agreements render: ").contains("malformed.json:6:3: ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesAnUnknownView() {
        Cli.Run run = Cli.run("render", Cli.example("williamson-county-fire-mutual-aid.yaml").toString(), "--view", "gantt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--view").contains("gantt").hasLineCount(1);
    }

    private static int cells(String row) {
        int cells = 0;
        for (int i = 1; i < row.length(); i++) {
            if (row.charAt(i) == '|' && row.charAt(i - 1) != '\\') {
                cells++;
            }
        }
        return cells;
    }

    private static boolean graphvizInstalled() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "dot"))) {
                return true;
            }
        }
        return false;
    }

    private static String dotToSvg(String dot) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        String svg;
        try (InputStream out = process.getInputStream()) {
            svg = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(svg).isZero();
        return svg;
    }
}
