package org.interagency.agreements.cli;

import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.json.SourcePositions;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java user who reads a document with the library and locates its findings by
 * {@link SourcePositions#of(JsonPointer)} gets the lines and columns that {@code agreements check}
 * prints, in its JSON report and in its text report, for JSON and YAML documents alike.
 */
class LibraryAndCliPositionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    /** A finding's first line in the text report: line:column, severity, rule id, pointer. */
    private static final Pattern TEXT_FINDING = Pattern.compile("^  (\\d+):(\\d+)\\s+(error|warning|info)\\s+(\\S+)  (\\S+)$");

    @ParameterizedTest
    @ValueSource(strings = {"computer-matching-ssa-calfresh-overlong-draft.json", "health-social-services-data-sharing.json",
        "harris-county-flood-response-mou.yaml",
        "blm-usace-interagency-acquisition.yaml"})
    void theCommandPrintsThePositionsTheLibraryGives(String example) {
        Path file = Cli.example(example);
        ReadResult read = AgreementJson.defaults().read(DocumentSource.of(file));
        AgreementValidator validator = AgreementValidator.builder()
                .clock(Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        List<String> expected = new ArrayList<>();
        for (Finding finding : validator.validate(read.agreement()).findings()) {
            expected.add(located(finding.ruleId(), finding.location(), read.positions()));
            for (JsonPointer related : finding.related()) {
                expected.add(located("  related", related, read.positions()));
            }
        }
        assertThat(expected).as("findings of %s", example).isNotEmpty();
        assertThat(expected).as("some findings are past the first line").anyMatch(line -> !line.contains(" 1:"));

        Cli.Run json = Cli.run("check", "--format", "json", "--fail-on", "never", "--as-of", AS_OF.toString(), file.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        List<String> printed = new ArrayList<>();
        for (JsonNode finding : JsonMapper.builder().build().readTree(json.out()).path("documents").get(0).path("findings")) {
            printed.add(finding.path("ruleId").asString() + " " + finding.path("pointer").asString() + " "
                    + finding.path("line").asInt() + ":" + finding.path("column").asInt());
            for (JsonNode related : finding.path("related")) {
                printed.add("  related " + related.path("pointer").asString() + " " + related.path("line").asInt() + ":"
                        + related.path("column").asInt());
            }
        }
        assertThat(printed).as("the JSON report").isEqualTo(expected);

        Cli.Run text = Cli.run("check", "--fail-on", "never", "--as-of", AS_OF.toString(), file.toString());
        List<String> textFindings = new ArrayList<>();
        for (String line : text.out().split("\n")) {
            Matcher m = TEXT_FINDING.matcher(line);
            if (m.matches()) {
                String pointer = m.group(5);
                textFindings.add(m.group(4) + " " + (pointer.equals("/") ? "" : pointer) + " " + m.group(1) + ":" + m.group(2));
            }
        }
        // The text report lists findings in the order of the file; compare without order.
        assertThat(textFindings).as("the text report")
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(line -> !line.startsWith("  related")).toList());
    }

    private static String located(String ruleId, JsonPointer pointer, SourcePositions positions) {
        SourcePosition position = positions.of(pointer);
        return ruleId + " " + pointer + " " + position.line() + ":" + position.column();
    }
}
