package org.interagency.agreements.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example documents report exactly the findings examples/README.md lists for them: the
 * README is the specification, read here, so the two cannot drift apart.
 */
class ExampleDocumentsTest {

    /** The day the README's findings are stated for. */
    private static final String AS_OF = "2026-12-01";

    private static final Pattern SECTION = Pattern.compile("^### `([^`]+)`\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]*)`\\s*\\|.*\\|\\s*$");

    /** One expected finding: a rule at a place. */
    record Expected(String ruleId, String pointer) {
        @Override
        public String toString() {
            return ruleId + " at " + pointer;
        }
    }

    @TestFactory
    Stream<DynamicTest> eachExampleReportsTheFindingsTheReadmeLists() {
        return readme().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Cli.Run run = Cli.run("check", "--format", "json", "--as-of", AS_OF, Cli.example(entry.getKey()).toString());

            assertThat(run.err()).isEmpty();
            assertThat(actual(run.out())).containsExactlyInAnyOrderElementsOf(entry.getValue());
            assertThat(run.exitCode()).isEqualTo(entry.getValue().isEmpty() ? 0 : expectedExitCode(run.out()));
        }));
    }

    @Test
    void theReadmeDescribesEveryExampleDocumentAndNoOther() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Cli.examples())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") || n.endsWith(".yaml")).toList();
        }

        assertThat(readme().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void atLeastTwoExamplesAreCleanAndAtLeastThreeCarryDefects() {
        Map<String, List<Expected>> readme = readme();

        assertThat(readme.values().stream().filter(List::isEmpty)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(readme.values().stream().filter(l -> !l.isEmpty())).hasSizeGreaterThanOrEqualTo(3);
    }

    /** The exit code of a report with findings: 1 if one is an error, else 0. */
    private static int expectedExitCode(String json) {
        JsonNode counts = JsonMapper.builder().build().readTree(json).path("counts");
        return counts.path("error").asInt() > 0 ? 1 : 0;
    }

    private static List<Expected> actual(String json) {
        List<Expected> findings = new ArrayList<>();
        for (JsonNode document : JsonMapper.builder().build().readTree(json).path("documents")) {
            for (JsonNode finding : document.path("findings")) {
                findings.add(new Expected(finding.path("ruleId").asString(), finding.path("pointer").asString()));
            }
        }
        return findings;
    }

    /** The expected findings of each document, by file name, in the README's order. */
    static Map<String, List<Expected>> readme() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Cli.examples().resolveSibling("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Expected>> expected = new LinkedHashMap<>();
        List<Expected> current = null;
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                current = new ArrayList<>();
                expected.put(section.group(1), current);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (current != null && row.matches()) {
                current.add(new Expected(row.group(1), row.group(2)));
            }
        }
        return expected;
    }
}
