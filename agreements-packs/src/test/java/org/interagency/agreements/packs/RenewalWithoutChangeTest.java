package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Term;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.dataSet;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.example;
import static org.interagency.agreements.packs.PackFixtures.party;
import static org.interagency.agreements.packs.PackFixtures.protocol;

/**
 * {@code us-cma.renewal-without-change}, 5 U.S.C. 552a(o)(2)(D)(i): a renewal of the clean matching
 * example passes when it changes only its own term, status and signatures and administrative
 * details; each material change of the program is a finding at the element changed.
 */
class RenewalWithoutChangeTest {

    private static final String RULE = "us-cma.renewal-without-change";
    private static final AgreementValidator CMA = PackFixtures.only("us-cma");
    private static final Agreement SIGNED = example("computer-matching-ssa-calfresh.json");

    /** The signed agreement renewed for one year: new term, signed again, a contact's new number. */
    private static Agreement renewal() {
        Agreement renewed = edit(SIGNED)
                .lineage(new Lineage("2", null, new AgreementVersion(SIGNED.id(), "1")))
                .term(new Term(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), null, Period.ofMonths(6), null))
                .signatories(SIGNED.signatories().stream().map(s -> new Signatory(s.agencyId(), s.name(), s.title(),
                        LocalDate.of(2027, 11, 2))).toList())
                .build();
        return party(renewed, 1, p -> {
            List<Contact> contacts = new ArrayList<>(p.contacts());
            Contact c = contacts.get(0);
            contacts.set(0, new Contact(c.name(), c.role(), c.email(), "+1 916 555 0190"));
            return PartyBuilder.builder(p).contacts(contacts).build();
        });
    }

    private static List<Finding> findings(Report report) {
        return report.findingsOf(RULE);
    }

    @Test
    void aRenewalThatChangesOnlyItsTermSignaturesAndContactsPasses() {
        Report report = CMA.validate(renewal(), SIGNED);

        assertThat(findings(report)).isEmpty();
        assertThat(report.outcomeOf(RULE)).map(RuleOutcome::outcome).contains(Outcome.PASSED);
    }

    @Test
    void aDataElementAddedAtRenewalIsAFindingAtTheElementCitingTheStatute() {
        Agreement widened = dataSet(renewal(), 0, 0, d -> {
            List<String> elements = new ArrayList<>(d.dataElements());
            elements.add("residential address");
            return DataSetBuilder.builder(d).dataElements(elements).build();
        });

        assertThat(findings(CMA.validate(widened, SIGNED))).singleElement().satisfies(finding -> {
            assertThat(finding.location()).hasToString("/dataSharingProtocols/0/dataSets/0/dataElements/3");
            assertThat(finding.message()).contains("adds").contains("\"residential address\"").contains("without any change");
            assertThat(finding.citations()).containsExactly(Citation.of("5 U.S.C. 552a", "(o)(2)(D)(i)"));
            assertThat(finding.hint()).contains("new agreement");
        });
    }

    @Test
    void aChangedRetentionAndARemovedAuthorityAreEachAFinding() {
        Agreement changed = protocol(renewal(), 1, p -> p.retention(Period.ofYears(2)));
        changed = edit(changed).authorities(changed.authorities().subList(1, changed.authorities().size())).build();

        assertThat(findings(CMA.validate(changed, SIGNED))).extracting(f -> f.location().toString())
                .containsExactlyInAnyOrder("/dataSharingProtocols/1/retention", "/authorities");
    }

    @Test
    void withoutTheVersionRenewedTheRuleCannotTell() {
        Report report = CMA.validate(renewal());

        assertThat(findings(report)).isEmpty();
        assertThat(report.outcomeOf(RULE)).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
    }

    @Test
    void anAgreementThatRenewsNothingIsNotConcerned() {
        Report report = CMA.validate(edit(renewal()).lineage(new Lineage("2", new AgreementVersion(SIGNED.id(), "1"), null))
                .build(), SIGNED);

        assertThat(report.outcomeOf(RULE)).map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE);
    }
}
