package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example documents have the profiles examples/README.md lists for them, which were written by
 * reading each document against the criteria table of docs/assessment.md.
 */
class ExampleAssessmentsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|((?:\\s*(?:\\d|n/a)\\s*\\|){10}).*$");

    private static Map<String, List<String>> readme() throws IOException {
        Map<String, List<String>> profiles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                profiles.put(m.group(1), Arrays.stream(m.group(2).split("\\|")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
            }
        }
        return profiles;
    }

    @Test
    void everyExampleDocumentHasTheProfileTheReadmeLists() throws IOException {
        AgreementValidator validator = AgreementValidator.builder()
                .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
        Map<String, List<String>> expected = readme();
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("agreements"))) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(files);
        for (String file : files) {
            Path path = Path.of("agreements", file);
            Agreement agreement = AgreementJson.defaults()
                    .read(DocumentSource.of(path, DocumentSyntax.ofFileName(path).orElseThrow())).agreement();
            CollaborationAssessment assessment = Rubric.builtIn().assess(agreement, validator);
            List<String> actual = new ArrayList<>();
            for (PrincipleAssessment p : assessment.principles()) {
                actual.add(p.applicable() ? String.valueOf(p.level().number()) : "n/a");
            }
            assertThat(actual).as(file).isEqualTo(expected.get(file));
        }
    }
}
