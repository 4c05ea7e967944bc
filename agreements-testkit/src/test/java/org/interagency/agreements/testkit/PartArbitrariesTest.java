package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

class PartArbitrariesTest {

    private static final List<String> AGENCIES = List.of("county-oem", "state-dot", "fema-region-6");
    private static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, Period.ofYears(1));

    @Property(tries = 50)
    void partiesHaveDistinctIdsAContactAndParentsListedBeforeThem(@ForAll("parties") List<Party> parties) {
        Set<String> seen = new HashSet<>();
        for (Party party : parties) {
            if (party.parentAgencyId() != null) {
                assertThat(seen).contains(party.parentAgencyId());
            }
            assertThat(seen.add(party.agencyId())).as("id %s is new", party.agencyId()).isTrue();
            assertThat(party.contacts()).extracting(Contact::email).allMatch(e -> e.endsWith("@" + party.agencyId() + ".example.gov"));
        }
        assertThat(parties).hasSizeBetween(2, 20);
    }

    @Property(tries = 50)
    void forAllGivesScopePathsOfOneTreeAndNestedJurisdictions(@ForAll ScopePath scope, @ForAll Jurisdiction jurisdiction) {
        assertThat(scope.depth()).isBetween(1, 3);
        assertThat(Jurisdiction.of("us").contains(jurisdiction)).isTrue();
    }

    @Property(tries = 50)
    void termsAreInForceOnTheReferenceDate(@ForAll("terms") Term term) {
        assertThat(term.period().contains(AgreementArbitraries.REFERENCE_DATE)).isTrue();
    }

    @Property(tries = 50)
    void dateRangesLieWithinTheirOuterRange(@ForAll("rangesInTerm") DateRange range, @ForAll("rangesFromStart") DateRange open) {
        assertThat(TERM.period().contains(range)).isTrue();
        assertThat(DateRange.from(TERM.effective()).contains(open)).isTrue();
    }

    @Property(tries = 50)
    void goalsHaveAMeasureAreDueInTheTermAndInvolveEveryAgency(@ForAll("goals") List<Goal> goals) {
        Set<String> contributors = new HashSet<>();
        for (Goal goal : goals) {
            assertThat(goal.measures()).isNotEmpty();
            assertThat(TERM.period().contains(goal.due())).isTrue();
            contributors.addAll(goal.contributors());
        }
        assertThat(contributors).containsExactlyInAnyOrderElementsOf(AGENCIES);
    }

    @Property(tries = 50)
    void responsibilitiesLieOnScopesNoneOfWhichContainsAnother(@ForAll("responsibilities") List<Responsibility> responsibilities) {
        for (Responsibility a : responsibilities) {
            for (Responsibility b : responsibilities) {
                assertThat(a == b || !a.scope().overlaps(b.scope())).as("%s and %s", a.scope(), b.scope()).isTrue();
            }
            for (Assignment assignment : a.assignments()) {
                assertThat(AGENCIES).contains(assignment.agencyId());
                assertThat(assignment.period() == null || TERM.period().contains(assignment.period())).isTrue();
            }
        }
    }

    @Property(tries = 50)
    void theFirstChannelReachesEveryAgency(@ForAll("channels") List<CommunicationChannel> channels) {
        CommunicationChannel first = channels.get(0);
        Set<String> reached = new HashSet<>(first.participants());
        reached.add(first.ownerAgencyId());
        assertThat(reached).containsExactlyInAnyOrderElementsOf(AGENCIES);
    }

    @Property(tries = 50)
    void bodiesHaveAChairAmongTheirMembersAndAQuorumTheyCanReach(@ForAll("bodies") List<GovernanceBody> bodies) {
        for (GovernanceBody body : bodies) {
            assertThat(body.members()).contains(body.chairAgencyId());
            assertThat(body.quorum()).isBetween(1, body.members().size());
            assertThat(body.decisionRule().isCoherent()).isTrue();
        }
        assertThat(bodies.get(0).members()).containsExactlyInAnyOrderElementsOf(AGENCIES);
    }

    @Property(tries = 50)
    void protocolsProtectWhatTheyShare(@ForAll("protocols") List<DataSharingProtocol> protocols) {
        for (DataSharingProtocol protocol : protocols) {
            assertThat(AGENCIES).contains(protocol.providerAgencyId()).containsAll(protocol.recipients());
            assertThat(protocol.recipients()).isNotEmpty().doesNotContain(protocol.providerAgencyId());
            assertThat(protocol.legalBasis()).containsExactly("privacy-act");
            assertThat(protocol.encryptedAtRest() && protocol.encryptedInTransit()).isTrue();
            assertThat(protocol.retention()).isNotNull();
            assertThat(protocol.disposal()).isNotNull();
            assertThat(protocol.breachNotificationWindow()).isNotNull();
        }
    }

    @Property(tries = 50)
    void escalationPathsCoverEveryScopeWithATimeLimitAtEachLevel(@ForAll("agreementWithNewPaths") Agreement agreement) {
        for (Responsibility responsibility : agreement.responsibilities()) {
            assertThat(agreement.escalationPaths())
                    .anyMatch(p -> p.scopes().isEmpty() || p.covers(responsibility.scope()));
        }
        for (EscalationPath path : agreement.escalationPaths()) {
            assertThat(path.levels()).extracting(EscalationLevel::responseTime).doesNotContainNull();
            assertThat(path.finalResolution()).isNotNull();
        }
    }

    @Property(tries = 50)
    void partsComposeIntoAgreementsThatStayClean(@ForAll("agreementWithNewPaths") Agreement agreement) {
        assertThat(Validators.AT_REFERENCE_DATE.validate(agreement)).isClean();
    }

    @Provide
    Arbitrary<List<Party>> parties() {
        return AgreementArbitraries.parties(2, 20);
    }

    @Provide
    Arbitrary<Term> terms() {
        return AgreementArbitraries.terms();
    }

    @Provide
    Arbitrary<DateRange> rangesInTerm() {
        return AgreementArbitraries.dateRangesWithin(TERM.period());
    }

    @Provide
    Arbitrary<DateRange> rangesFromStart() {
        return AgreementArbitraries.dateRangesWithin(DateRange.from(TERM.effective()));
    }

    @Provide
    Arbitrary<List<Goal>> goals() {
        return AgreementArbitraries.goals(TERM, AGENCIES);
    }

    @Provide
    Arbitrary<List<Responsibility>> responsibilities() {
        return AgreementArbitraries.responsibilities(TERM, AGENCIES);
    }

    @Provide
    Arbitrary<List<CommunicationChannel>> channels() {
        return AgreementArbitraries.channels(AGENCIES);
    }

    @Provide
    Arbitrary<List<GovernanceBody>> bodies() {
        return AgreementArbitraries.governanceBodies(AGENCIES);
    }

    @Provide
    Arbitrary<List<DataSharingProtocol>> protocols() {
        return AgreementArbitraries.protocols(AGENCIES, List.of("privacy-act"));
    }

    /** A valid agreement whose governance bodies and escalation paths are replaced by freshly generated ones. */
    @Provide
    Arbitrary<Agreement> agreementWithNewPaths() {
        return AgreementArbitraries.agreements().flatMap(agreement -> {
            List<String> ids = new ArrayList<>(agreement.partyIds());
            return AgreementArbitraries.governanceBodies(ids).flatMap(bodies -> AgreementArbitraries
                    .escalationPaths(bodies, agreement.responsibilities())
                    .map(paths -> AgreementBuilder.builder(agreement).governanceBodies(bodies).escalationPaths(paths).build()));
        });
    }
}
