package org.interagency.agreements.assessment;

import org.interagency.agreements.rules.Citation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/assessment.md and the built-in rubric list the same criteria, levels and sources, in both directions. */
class AssessmentDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(assess\\.[^`]+)` \\| (\\d) [a-z]+ \\|.*\\| (verified|restated|unverified)(: (.*))? \\|$");

    private record Row(int level, String source, String citations) {
    }

    private static Map<String, Row> documented() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/assessment.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), new Row(Integer.parseInt(m.group(2)), m.group(3), m.group(5) == null ? "" : m.group(5)));
            }
        }
        return rows;
    }

    @Test
    void everyCriterionInCodeIsInTheTableAndTheOtherWayRound() throws IOException {
        assertThat(documented().keySet())
                .containsExactlyElementsOf(Rubric.builtIn().criteria().stream().map(Criterion::id).toList());
    }

    @Test
    void theTableGivesEachCriterionItsLevelSourceAndCitedInstruments() throws IOException {
        Map<String, Row> rows = documented();
        for (Criterion criterion : Rubric.builtIn().criteria()) {
            Row row = rows.get(criterion.id());
            assertThat(row).as(criterion.id()).isNotNull();
            assertThat(row.level()).as(criterion.id()).isEqualTo(criterion.level().number());
            assertThat(row.source()).as(criterion.id()).isEqualTo(criterion.source().name().toLowerCase(Locale.ROOT));
            for (Citation citation : criterion.citations()) {
                assertThat(row.citations()).as(criterion.id()).contains(citation.instrument());
            }
        }
    }

    @Test
    void everyPrincipleHasCriteriaAtEveryLevel() {
        for (var principle : CollaborationAssessment.principlesAssessed()) {
            for (int level = 1; level <= 4; level++) {
                int l = level;
                assertThat(Rubric.builtIn().criteria()).as("%s level %d", principle, l)
                        .anyMatch(c -> c.principle() == principle && c.level().number() == l);
            }
        }
    }

    @Test
    void noUnverifiedCriterionCarriesACitation() {
        assertThat(Rubric.builtIn().criteria()).filteredOn(c -> c.source() == SourceStatus.UNVERIFIED)
                .allMatch(c -> c.citations().isEmpty());
    }
}
