package org.interagency.agreements.core.internal.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.ReviewBuilder;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.TrainingProgrammeBuilder;
import org.interagency.agreements.TrustMeasureBuilder;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.COUNTY;
import static org.interagency.agreements.core.internal.rules.Baseline.FEMA;
import static org.interagency.agreements.core.internal.rules.Baseline.STATE;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.Edits.plus;

/**
 * The catalogue's findings do not depend on the order of list items that carry no meaning
 * (parties, goals, members, recipients, ...): shuffled, an agreement gives the same findings,
 * each at the new place of the element it is about. Checked as the same rule ids, messages and
 * hints; the locations move with the elements.
 */
class OrderIndependenceTest {

    /** An agreement with many defects at once, derived from the baseline. */
    private static final Agreement DEFECTIVE = derive()
            .parties(List.of(
                    PartyBuilder.builder(agreement().parties().get(0)).parentAgencyId(STATE).build(),
                    PartyBuilder.builder(agreement().parties().get(1)).parentAgencyId(FEMA).contacts(List.of()).build(),
                    agreement().parties().get(2),
                    PartyBuilder.builder(agreement().parties().get(2)).agencyId("usace").name("Corps of Engineers")
                            .build()))
            .goals(List.of(
                    GoalBuilder.builder(agreement().goals().get(0)).due(LocalDate.of(2028, 1, 1)).build(),
                    GoalBuilder.builder(agreement().goals().get(1)).measures(List.<Measure>of())
                            .contributors(List.of(FEMA, "nasa")).build()))
            .channels(change(agreement().channels(), 0, c -> CommunicationChannelBuilder.builder(c)
                    .participants(List.of(COUNTY, "noaa")).cadence(Period.ofYears(1)).build()))
            .trustMeasures(List.of(TrustMeasureBuilder.builder(agreement().trustMeasures().get(0))
                    .participants(List.of(STATE, STATE)).build()))
            .governanceBodies(change(agreement().governanceBodies(), 1, b -> GovernanceBodyBuilder.builder(b)
                    .chairAgencyId(FEMA).quorum(5).build()))
            .dataSharingProtocols(List.of(
                    DataSharingProtocolBuilder.builder(agreement().dataSharingProtocols().get(0))
                            .recipients(List.of(STATE, "red-cross", FEMA)).encryptedAtRest(false)
                            .legalBasis(List.of("stafford-act", "privacy-act")).retention(null).disposal(null)
                            .onwardSharing(OnwardSharing.PERMITTED).build(),
                    DataSharingProtocolBuilder.builder(agreement().dataSharingProtocols().get(0)).id("damage-reports")
                            .providerAgencyId(FEMA).recipients(List.of()).breachNotificationWindow(null)
                            .legalBasis(List.of()).build()))
            .trainingProgrammes(change(agreement().trainingProgrammes(), 0, t -> TrainingProgrammeBuilder.builder(t)
                    .audience(List.of(COUNTY)).build()))
            .escalationPaths(List.of(
                    new EscalationPath("flood-disputes", agreement().escalationPaths().get(0).scopes(),
                            List.of(agreement().escalationPaths().get(0).levels().get(0),
                                    new EscalationLevel("Working level", null, null),
                                    agreement().escalationPaths().get(0).levels().get(0)),
                            null),
                    new EscalationPath("funding-disputes", List.of(), List.of(), null)))
            .responsibilities(change(agreement().responsibilities(), 2, r -> ResponsibilityBuilder.builder(r)
                    .scope(ScopePath.parse("recovery/funding")).build()))
            .milestones(plus(agreement().milestones(), new Milestone("evacuation-plan-adopted", "no-such-goal",
                    "Repeated milestone", LocalDate.of(2026, 2, 1), null)))
            .reviews(plus(agreement().reviews(), ReviewBuilder.builder(agreement().reviews().get(0))
                    .id("winter-review").heldOn(LocalDate.of(2026, 2, 1)).successes(List.of()).build()))
            .sponsors(agreement().sponsors().subList(0, 1))
            .signatories(agreement().signatories().subList(1, 3))
            .amendments(List.of(new Amendment("add-shelter-data", LocalDate.of(2026, 3, 1), "Adds a protocol.",
                    List.of(FEMA, "fbi", STATE))))
            .build();

    @Property(tries = 40)
    void shufflingListsWithoutMeaningGivesTheSameFindings(@ForAll Random random) {
        Agreement shuffled = shuffle(DEFECTIVE, random);

        assertThat(contents(shuffled)).containsExactlyInAnyOrderElementsOf(contents(DEFECTIVE));
    }

    @Property(tries = 1)
    void theDefectiveAgreementTriggersMostOfTheCatalogue() {
        assertThat(contents(DEFECTIVE).stream().map(c -> c.get(0)).distinct()).hasSizeGreaterThan(30);
    }

    /** Rule id, message and hint of each finding of the catalogue's rules. */
    private static List<List<String>> contents(Agreement agreement) {
        List<List<String>> contents = new ArrayList<>();
        for (Rule rule : ServiceLoader.load(Rule.class)) {
            if (rule.getClass().getName().startsWith("org.interagency.agreements.core.internal.")) {
                for (Finding f : RecordingContext.check(rule, agreement)) {
                    contents.add(List.of(f.ruleId(), f.message(), String.valueOf(f.hint())));
                }
            }
        }
        return contents;
    }

    private static Agreement shuffle(Agreement a, Random random) {
        return AgreementBuilder.builder(a)
                .authorities(shuffled(a.authorities(), random))
                .parties(shuffled(a.parties(), random))
                .goals(shuffled(a.goals().stream().map(g -> GoalBuilder.builder(g)
                        .contributors(shuffled(g.contributors(), random)).build()).toList(), random))
                .responsibilities(shuffled(a.responsibilities().stream().map(r -> ResponsibilityBuilder.builder(r)
                        .assignments(shuffled(r.assignments(), random)).build()).toList(), random))
                .channels(shuffled(a.channels().stream().map(c -> CommunicationChannelBuilder.builder(c)
                        .participants(shuffled(c.participants(), random)).build()).toList(), random))
                .trustMeasures(shuffled(a.trustMeasures().stream().map(m -> TrustMeasureBuilder.builder(m)
                        .participants(shuffled(m.participants(), random)).build()).toList(), random))
                .governanceBodies(shuffled(a.governanceBodies().stream().map(b -> GovernanceBodyBuilder.builder(b)
                        .members(shuffled(b.members(), random)).build()).toList(), random))
                .dataSharingProtocols(shuffled(a.dataSharingProtocols().stream().map(p -> DataSharingProtocolBuilder
                        .builder(p).recipients(shuffled(p.recipients(), random))
                        .dataSets(shuffled(p.dataSets(), random))
                        .legalBasis(shuffled(p.legalBasis(), random)).build()).toList(), random))
                .trainingProgrammes(shuffled(a.trainingProgrammes().stream().map(t -> TrainingProgrammeBuilder
                        .builder(t).audience(shuffled(t.audience(), random))
                        .protocols(shuffled(t.protocols(), random)).build()).toList(), random))
                .escalationPaths(shuffled(a.escalationPaths().stream().map(e -> new EscalationPath(e.id(),
                        shuffled(e.scopes(), random), e.levels(), e.finalResolution())).toList(), random))
                .milestones(shuffled(a.milestones(), random))
                .reviews(shuffled(a.reviews().stream().map(r -> ReviewBuilder.builder(r)
                        .participants(shuffled(r.participants(), random)).build()).toList(), random))
                .sponsors(shuffled(a.sponsors(), random))
                .resourceCommitments(shuffled(a.resourceCommitments(), random))
                .signatories(shuffled(a.signatories(), random))
                .amendments(shuffled(a.amendments().stream().map(m -> new Amendment(m.id(), m.effective(),
                        m.summary(), shuffled(m.approvedBy(), random))).toList(), random))
                .build();
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
