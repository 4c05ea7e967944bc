package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Term;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateFloodMouTest {

    @Test
    void theSampleMemorandumSatisfiesEveryConstraint() {
        assertThat(ValidateFloodMou.validate(FloodResponseMou.agreement())).isEmpty();
    }

    @Test
    void theSampleHasFourPartiesFromCountyStateAndFederalLevels() {
        Agreement mou = FloodResponseMou.agreement();

        assertThat(mou.partyIds()).containsExactly("harris-county-oem", "txdot", "tx-dshs", "fema-region-6");
        assertThat(mou.parties()).extracting(p -> p.jurisdiction().toString())
                .containsExactly("us/tx/harris-county", "us/tx", "us/tx", "us");
    }

    @Test
    void aBrokenCopyIsReportedWithPathAndMessage() {
        Agreement mou = FloodResponseMou.agreement();
        Term backwards = new Term(mou.term().effective(), mou.term().effective().minusDays(1), null, Period.ofYears(1));
        Agreement broken = AgreementBuilder.builder(mou).term(backwards).build();

        List<String> violations = ValidateFloodMou.validate(broken);

        assertThat(violations).containsExactly("term.expires: the term expires before it takes effect");
    }

    @Test
    void printsTheTitleAndTheVerdict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Agreement mou = FloodResponseMou.agreement();

        ValidateFloodMou.print(mou, List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("Memorandum of Understanding for Coordinated Flood Response in Harris County, Texas")
                .contains("4 parties")
                .contains("no constraint violations");
    }
}
