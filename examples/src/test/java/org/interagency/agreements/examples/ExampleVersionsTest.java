package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementDiff;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.VersionComparison;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions in examples/versions compare with the versions they follow exactly as the
 * "Versions" section of examples/README.md says: every change with its class and kind, every
 * finding introduced and resolved. The README is the specification, read here.
 */
class ExampleVersionsTest {

    private static final Pattern ENTRY = Pattern.compile("^### \\w+ `(versions/[^`]+)`\\s*$");
    private static final Pattern FOLLOWS = Pattern.compile("^Follows `(agreements/[^`]+)`.*$");
    private static final Pattern CHANGE = Pattern.compile("^\\| (material|administrative) \\| (added|removed|changed) \\| `([^`]+)` \\|.*$");
    private static final Pattern FINDING = Pattern.compile("^\\| (introduced|resolved) \\| `([^`]+)` \\| `([^`]+)` \\|.*$");

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
            .build();

    /** One entry of the README: the later version, the earlier one, and what comparing them gives. */
    private record Entry(String current, String previous, List<String> changes, List<String> introduced, List<String> resolved) {
    }

    @TestFactory
    Stream<DynamicTest> eachVersionComparesAsTheReadmeSays() {
        return readme().values().stream().map(entry -> DynamicTest.dynamicTest(entry.current(), () -> {
            Agreement previous = read(entry.previous());
            Agreement current = read(entry.current());

            VersionComparison comparison = AgreementDiff.between(previous, current);
            FindingComparison findings = AgreementDiff.findings(VALIDATOR.validate(previous), VALIDATOR.validate(current, previous));

            assertThat(comparison.changes()).extracting(ExampleVersionsTest::row)
                    .containsExactlyInAnyOrderElementsOf(entry.changes());
            assertThat(findings.introduced()).extracting(ExampleVersionsTest::row)
                    .containsExactlyInAnyOrderElementsOf(entry.introduced());
            assertThat(findings.resolved()).extracting(ExampleVersionsTest::row)
                    .containsExactlyInAnyOrderElementsOf(entry.resolved());
        }));
    }

    @Test
    void theReadmeDescribesEveryVersionAndNoOther() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("versions"))) {
            files = list.map(p -> "versions/" + p.getFileName()).toList();
        }

        assertThat(readme().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theRenewalWithoutAChangeCertifiesNoMaterialChangeAndTheOtherIsFoundWanting() {
        Agreement signed = read("agreements/computer-matching-ssa-calfresh.json");

        assertThat(VALIDATOR.validate(read("versions/computer-matching-ssa-calfresh-renewal.json"), signed)
                .outcomeOf("us-cma.renewal-without-change")).map(RuleOutcome::outcome).contains(Outcome.PASSED);
        assertThat(VALIDATOR.validate(read("versions/computer-matching-ssa-calfresh-renewal-changed.json"), signed)
                .outcomeOf("us-cma.renewal-without-change")).map(RuleOutcome::outcome).contains(Outcome.FOUND);
        // Alone, a renewal cannot be compared with the version it renews.
        assertThat(VALIDATOR.validate(read("versions/computer-matching-ssa-calfresh-renewal-changed.json"))
                .outcomeOf("us-cma.renewal-without-change")).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
    }

    private static String row(Change change) {
        return name(change.changeClass()) + " " + name(change.kind()) + " " + change.element();
    }

    private static String row(Finding finding) {
        return finding.ruleId() + " " + finding.location();
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static Agreement read(String file) {
        Path path = Path.of(file);
        return AgreementJson.defaults().read(DocumentSource.of(path, DocumentSyntax.ofFileName(path).orElseThrow())).agreement();
    }

    private static Map<String, Entry> readme() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        String current = null;
        String previous = null;
        List<String> changes = new ArrayList<>();
        List<String> introduced = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        for (String line : lines) {
            Matcher entry = ENTRY.matcher(line);
            Matcher follows = FOLLOWS.matcher(line);
            Matcher change = CHANGE.matcher(line);
            Matcher finding = FINDING.matcher(line);
            if (entry.matches() || line.startsWith("## ")) {
                if (current != null) {
                    entries.put(current, new Entry(current, previous, changes, introduced, resolved));
                }
                current = entry.matches() ? entry.group(1) : null;
                changes = new ArrayList<>();
                introduced = new ArrayList<>();
                resolved = new ArrayList<>();
            } else if (current != null && follows.matches()) {
                previous = follows.group(1);
            } else if (current != null && change.matches()) {
                changes.add(change.group(1) + " " + change.group(2) + " " + change.group(3));
            } else if (current != null && finding.matches()) {
                (finding.group(1).equals("introduced") ? introduced : resolved).add(finding.group(2) + " " + finding.group(3));
            }
        }
        return entries;
    }
}
