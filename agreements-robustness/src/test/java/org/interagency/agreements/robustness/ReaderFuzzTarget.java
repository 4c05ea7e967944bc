package org.interagency.agreements.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzz targets (Jazzer) with the oracle of {@link MutationFuzzTest}: every input
 * ends in a read exception or in a report in which no rule failed.
 *
 * <p>In the normal build they run in regression mode: each file of the checked-in corpus in
 * {@code src/test/resources/org/interagency/agreements/robustness/ReaderFuzzTargetInputs/<method>/}
 * is one test. To fuzz, run {@code JAZZER_FUZZ=1 mvn -pl agreements-robustness -am verify
 * -Dtest=ReaderFuzzTarget -Dsurefire.failIfNoSpecifiedTests=false}; add any input it finds to
 * the corpus once the bug it shows is fixed.
 */
class ReaderFuzzTarget {

    private static final AgreementJson JSON = AgreementJson.defaults();
    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(Instant.parse("2027-06-01T12:00:00Z"), ZoneOffset.UTC))
            .build();

    @FuzzTest(maxDuration = "30s")
    void jsonDocumentsEndInATypedOutcome(byte[] document) {
        Agreement agreement;
        try {
            agreement = JSON.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement();
        } catch (AgreementReadException rejected) {
            assertThat(rejected.problems()).isNotEmpty();
            return;
        }
        checkReport(VALIDATOR.validate(agreement));
    }

    @FuzzTest(maxDuration = "30s")
    void yamlDocumentsEndInATypedOutcome(byte[] document) {
        Agreement agreement;
        try {
            agreement = JSON.read(DocumentSource.of(document, "document", DocumentSyntax.YAML)).agreement();
        } catch (AgreementReadException rejected) {
            assertThat(rejected.problems()).isNotEmpty();
            return;
        }
        checkReport(VALIDATOR.validate(agreement));
    }

    private static void checkReport(Report report) {
        assertThat(report.findingsOf(AgreementValidator.RULE_FAILED_ID)).isEmpty();
    }
}
