package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.Term;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Classification;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.COUNTY;
import static org.interagency.agreements.core.internal.rules.Baseline.FEMA;
import static org.interagency.agreements.core.internal.rules.Baseline.STATE;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.Edits.plus;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class FoundationsRulesTest {

    @Nested
    class DuplicateId {

        private final DuplicateIdRule rule = new DuplicateIdRule();

        @Test
        void reportsARepeatedGoalIdAtTheRepeatWithTheFirstAsRelated() {
            Agreement agreement = derive().goals(plus(agreement().goals(),
                    GoalBuilder.builder(agreement().goals().get(1)).id("faster-evacuation").build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.duplicate-id", Severity.ERROR, "/goals/2/id",
                            "goal id \"faster-evacuation\" is used again"))
                    .satisfies(f -> assertThat(f.related()).containsExactly(JsonPointer.parse("/goals/0/id")));
        }

        @Test
        void reportsARepeatedDataSetIdWithinOneProtocol() {
            DataSet repeat = new DataSet("evacuee-registrations", "Medical needs of evacuees", Classification.CONFIDENTIAL,
                    true);
            Agreement agreement = derive().dataSharingProtocols(change(agreement().dataSharingProtocols(), 0,
                    p -> DataSharingProtocolBuilder.builder(p).dataSets(plus(p.dataSets(), repeat)).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.duplicate-id", Severity.ERROR, "/dataSharingProtocols/0/dataSets/1/id",
                            "data set id \"evacuee-registrations\""));
        }

        @Test
        void reportsARepeatedPartyByItsAgencyId() {
            Agreement agreement = derive().parties(plus(agreement().parties(), agreement().parties().get(0))).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.duplicate-id", Severity.ERROR, "/parties/3/agencyId",
                            "party agency id \"fema\""));
        }

        @Test
        void acceptsTheSameIdInDifferentSections() {
            Agreement agreement = derive().responsibilities(change(agreement().responsibilities(), 0,
                    r -> ResponsibilityBuilder.builder(r).id("faster-evacuation").build())).build();

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class UnknownAgency {

        private final UnknownAgencyRule rule = new UnknownAgencyRule();

        @Test
        void reportsAChannelParticipantThatIsNotAParty() {
            Agreement agreement = derive().channels(change(agreement().channels(), 0,
                    c -> CommunicationChannelBuilder.builder(c).participants(plus(c.participants(), "noaa")).build()))
                    .build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.unknown-agency", Severity.ERROR, "/channels/0/participants/2",
                            "channel participant \"noaa\" is not a party"));
        }

        @Test
        void quotesAnAgencyIdShortenedAndEscapedInTheMessage() {
            String hostile = "x\n${jndi:ldap://example}\u202E" + "y".repeat(80);
            Agreement agreement = derive().sponsors(plus(agreement().sponsors(), new Sponsor(hostile, "A", "B")))
                    .build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.unknown-agency", Severity.ERROR, "/sponsors/3/agencyId",
                            "sponsor's agency \"x\\u000A${jndi:ldap://example}\\u202Eyyy"))
                    .satisfies(f -> assertThat(f.message()).doesNotContain("\n", "\u202E", "y".repeat(60))
                            .contains("\u2026\""));
        }

        @Test
        void leavesAssignmentsToTheRolesRules() {
            Agreement agreement = derive().responsibilities(change(agreement().responsibilities(), 0,
                    r -> ResponsibilityBuilder.builder(r)
                            .assignments(plus(r.assignments(), Assignment.of("noaa", RaciRole.CONSULTED))).build()))
                    .build();

            assertThat(check(rule, agreement)).isEmpty();
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class UnknownReference {

        private final UnknownReferenceRule rule = new UnknownReferenceRule();

        @Test
        void reportsAMilestoneOfAnUnknownGoal() {
            Agreement agreement = derive().milestones(change(agreement().milestones(), 1,
                    m -> new Milestone(m.id(), "faster-funds", m.title(), m.due(), m.achievedOn()))).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.unknown-reference", Severity.ERROR, "/milestones/1/goalId",
                            "no goal has the id \"faster-funds\""));
        }

        @Test
        void reportsAnEscalationLevelOfAnUnknownBody() {
            EscalationPath path = agreement().escalationPaths().get(0);
            EscalationLevel level = path.levels().get(1);
            Agreement agreement = derive().escalationPaths(List.of(new EscalationPath(path.id(), path.scopes(),
                    List.of(path.levels().get(0), new EscalationLevel(level.forum(), "governors-council",
                            level.responseTime())), path.finalResolution()))).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("refs.unknown-reference", Severity.ERROR,
                            "/escalationPaths/0/levels/1/governanceBodyId",
                            "no governance body has the id \"governors-council\""));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class TooFewParties {

        private final TooFewPartiesRule rule = new TooFewPartiesRule();

        @Test
        void countsOneAgencyListedTwiceAsOneParty() {
            Agreement agreement = derive().parties(List.of(agreement().parties().get(0), agreement().parties().get(0)))
                    .build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("parties.too-few", Severity.ERROR, "/parties", "1 distinct party"));
        }

        @Test
        void acceptsTwoParties() {
            Agreement agreement = derive().parties(agreement().parties().subList(0, 2)).build();

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class ParentCycle {

        private final ParentCycleRule rule = new ParentCycleRule();

        private Agreement withParents(String fema, String state, String county) {
            return derive().parties(List.of(
                    PartyBuilder.builder(agreement().parties().get(0)).parentAgencyId(fema).build(),
                    PartyBuilder.builder(agreement().parties().get(1)).parentAgencyId(state).build(),
                    PartyBuilder.builder(agreement().parties().get(2)).parentAgencyId(county).build())).build();
        }

        @Test
        void reportsALoopOnceAtItsSmallestAgencyId() {
            Agreement agreement = withParents(STATE, COUNTY, FEMA);

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("parties.parent-cycle", Severity.ERROR, "/parties/0/parentAgencyId",
                            "\"fema\" -> \"tx-dem\" -> \"harris-ohsem\" -> \"fema\""))
                    .satisfies(f -> assertThat(f.related()).containsExactly(
                            JsonPointer.parse("/parties/1/parentAgencyId"),
                            JsonPointer.parse("/parties/2/parentAgencyId")));
        }

        @Test
        void reportsAnAgencyThatIsItsOwnParent() {
            Agreement agreement = withParents("dhs", null, COUNTY);

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("parties.parent-cycle", Severity.ERROR, "/parties/2/parentAgencyId",
                            "\"harris-ohsem\" -> \"harris-ohsem\""));
        }

        @Test
        void acceptsAChainThatEndsOutsideTheParties() {
            Agreement agreement = withParents("dhs", FEMA, STATE);

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class ExpiredInForce {

        private final ExpiredInForceRule rule = new ExpiredInForceRule();

        @Test
        void reportsAnAgreementInForceTheDayAfterItExpired() {
            assertThat(check(rule, agreement(), LocalDate.of(2027, 7, 1))).singleElement()
                    .satisfies(finding("term.expired-in-force", Severity.WARNING, "/term/expires",
                            "its term expired on 2027-06-30"));
        }

        @Test
        void acceptsTheLastDayOfTheTerm() {
            assertThat(check(rule, agreement(), LocalDate.of(2027, 6, 30))).isEmpty();
        }
    }

    @Nested
    class NoAuthority {

        private final NoAuthorityRule rule = new NoAuthorityRule();

        @Test
        void reportsAnAgreementCitingNoAuthority() {
            assertThat(check(rule, derive().authorities(List.of()).build())).singleElement()
                    .satisfies(finding("term.no-authority", Severity.WARNING, "/authorities", "cites no legal authority"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
