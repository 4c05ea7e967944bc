package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.Classification;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.ReviewBuilder;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.TrainingProgrammeBuilder;
import org.interagency.agreements.TransferMethod;
import org.interagency.agreements.TrustMeasureBuilder;
import org.interagency.agreements.TrustMeasureKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A small, realistic flood-response agreement between a federal, a state and a county agency that
 * satisfies every rule of the catalogue, the roles rules included: each responsibility has one
 * accountable and one responsible agency, every reference resolves, the protocol for shelter
 * registrations (personal data) is encrypted, has a legal basis, a retention limit, a disposal
 * clause and a breach window, and so on. Each rule's tests derive a defect from it with the
 * generated builders.
 *
 * <p>It is in force from 2026-01-01 to 2027-06-30, reviewed every six months (last on 2026-04-15),
 * and {@link RecordingContext#TODAY} is 2026-06-15.
 *
 * <p>Public for the Bean Validation tests of another package, which edit it one value at a time.
 */
public final class Baseline {

    static final String FEMA = "fema";
    static final String STATE = "tx-dem";
    static final String COUNTY = "harris-ohsem";

    private static final Agreement AGREEMENT = AgreementBuilder.builder()
            .schemaVersion(Agreement.SCHEMA_VERSION)
            .id("gulf-coast-flood-response")
            .title("Gulf Coast Flood Response Memorandum of Understanding")
            .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
            .status(AgreementStatus.IN_FORCE)
            .term(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30),
                    new Renewal(1, Period.ofYears(1), false), Period.ofMonths(6)))
            .authorities(List.of(
                    new LegalAuthority("stafford-act", "42 U.S.C. 5121 et seq.",
                            "Robert T. Stafford Disaster Relief and Emergency Assistance Act"),
                    new LegalAuthority("texas-disaster-act", "Tex. Gov't Code ch. 418", "Texas Disaster Act of 1975")))
            .parties(List.of(
                    PartyBuilder.builder().agencyId(FEMA).name("Federal Emergency Management Agency")
                            .jurisdiction(Jurisdiction.parse("us")).parentAgencyId("dhs")
                            .roles(List.of(PartyRole.SUPPORTING, PartyRole.RECIPIENT))
                            .contacts(List.of(new Contact("Dana Reyes", "Region 6 liaison officer",
                                    "dana.reyes@fema.example.gov", "+1 940 555 0101")))
                            .build(),
                    PartyBuilder.builder().agencyId(STATE).name("Texas Division of Emergency Management")
                            .jurisdiction(Jurisdiction.parse("us/tx"))
                            .roles(List.of(PartyRole.LEAD, PartyRole.RECIPIENT))
                            .contacts(List.of(new Contact("Sam Ortiz", "State coordinating officer",
                                    "sam.ortiz@tdem.example.gov", null)))
                            .build(),
                    PartyBuilder.builder().agencyId(COUNTY)
                            .name("Harris County Office of Homeland Security and Emergency Management")
                            .jurisdiction(Jurisdiction.parse("us/tx/harris-county"))
                            .roles(List.of(PartyRole.PARTICIPANT, PartyRole.PROVIDER))
                            .contacts(List.of(new Contact("Lee Chen", "Emergency management coordinator",
                                    "lee.chen@hcohsem.example.gov", null)))
                            .build()))
            .vision("Residents of the Gulf Coast are evacuated, sheltered and helped to recover from floods"
                    + " by agencies that plan, train and act as one.")
            .goals(List.of(
                    GoalBuilder.builder().id("faster-evacuation")
                            .statement("Cut the time to evacuate a flood zone in half.")
                            .measures(List.of(new Measure("Median time to clear a flood zone", "hours",
                                    new BigDecimal("12"), new BigDecimal("6"))))
                            .contributors(List.of(STATE, COUNTY)).due(LocalDate.of(2027, 6, 30)).build(),
                    GoalBuilder.builder().id("faster-recovery-funds")
                            .statement("Pay the first recovery grants within a month of a declaration.")
                            .measures(List.of(new Measure("Days from declaration to first disbursement", "days",
                                    new BigDecimal("60"), new BigDecimal("30"))))
                            .contributors(List.of(FEMA, STATE)).due(LocalDate.of(2027, 3, 31)).build()))
            .responsibilities(List.of(
                    ResponsibilityBuilder.builder().id("evacuation-orders")
                            .scope(ScopePath.parse("emergency/flood/evacuation"))
                            .description("Order, announce and coordinate evacuations of flood zones.")
                            .assignments(List.of(Assignment.of(STATE, RaciRole.ACCOUNTABLE),
                                    Assignment.of(COUNTY, RaciRole.RESPONSIBLE),
                                    Assignment.of(FEMA, RaciRole.INFORMED)))
                            .build(),
                    ResponsibilityBuilder.builder().id("shelter-operations")
                            .scope(ScopePath.parse("emergency/flood/sheltering"))
                            .description("Open, staff and register evacuees at shelters.")
                            .assignments(List.of(Assignment.of(COUNTY, RaciRole.ACCOUNTABLE),
                                    Assignment.of(STATE, RaciRole.RESPONSIBLE)))
                            .build(),
                    ResponsibilityBuilder.builder().id("recovery-funding")
                            .scope(ScopePath.parse("emergency/flood/recovery"))
                            .description("Fund individual and public assistance after a declared flood.")
                            .assignments(List.of(Assignment.of(FEMA, RaciRole.ACCOUNTABLE),
                                    Assignment.of(STATE, RaciRole.RESPONSIBLE),
                                    Assignment.of(COUNTY, RaciRole.CONSULTED)))
                            .build()))
            .channels(List.of(
                    CommunicationChannelBuilder.builder().id("weekly-operations-call").kind(ChannelKind.MEETING)
                            .name("Weekly flood operations call").ownerAgencyId(STATE)
                            .participants(List.of(FEMA, COUNTY)).cadence(Period.ofWeeks(1)).build(),
                    CommunicationChannelBuilder.builder().id("flood-portal").kind(ChannelKind.SHARED_PLATFORM)
                            .name("Shared flood situational awareness portal").ownerAgencyId(FEMA)
                            .participants(List.of(STATE)).build()))
            .trustMeasures(List.of(
                    TrustMeasureBuilder.builder().id("annual-flood-exercise").kind(TrustMeasureKind.JOINT_EXERCISE)
                            .description("A full-scale hurricane and flood exercise before each season.")
                            .participants(List.of(FEMA, STATE, COUNTY)).cadence(Period.ofYears(1)).build()))
            .governanceBodies(List.of(
                    GovernanceBodyBuilder.builder().id("executive-steering-committee")
                            .name("Executive Steering Committee").members(List.of(FEMA, STATE, COUNTY))
                            .chairAgencyId(STATE).decisionRule(DecisionRule.consensus()).quorum(3)
                            .jointDecisions(List.of("Changes to the evacuation plan", "Use of pooled funds"))
                            .build(),
                    GovernanceBodyBuilder.builder().id("operations-working-group")
                            .name("Operations Working Group").members(List.of(STATE, COUNTY))
                            .chairAgencyId(COUNTY).decisionRule(DecisionRule.majority()).quorum(2)
                            .build()))
            .dataSharingProtocols(List.of(
                    DataSharingProtocolBuilder.builder().id("shelter-registrations").providerAgencyId(COUNTY)
                            .recipients(List.of(STATE, FEMA))
                            .dataSets(List.of(new DataSet("evacuee-registrations", "Shelter registrations of evacuees",
                                    Classification.CONTROLLED, true)))
                            .purpose("Reunite families and determine eligibility for individual assistance.")
                            .legalBasis(List.of("stafford-act"))
                            .transferMethod(TransferMethod.SECURE_FILE_TRANSFER)
                            .encryptedInTransit(true).encryptedAtRest(true)
                            .retention(Period.ofYears(1)).disposal(DisposalMethod.SECURE_DELETION)
                            .onwardSharing(OnwardSharing.WITH_PROVIDER_CONSENT)
                            .breachNotificationWindow(Duration.ofHours(1))
                            .build()))
            .trainingProgrammes(List.of(
                    TrainingProgrammeBuilder.builder().id("shelter-data-handling")
                            .title("Handling evacuee registration data").providerAgencyId(COUNTY)
                            .audience(List.of(STATE, FEMA)).cadence(Period.ofYears(1))
                            .topics(List.of("Privacy safeguards", "Breach reporting"))
                            .protocols(List.of("shelter-registrations")).build(),
                    TrainingProgrammeBuilder.builder().id("incident-command")
                            .title("Incident command for flood operations").providerAgencyId(FEMA)
                            .audience(List.of(STATE, COUNTY)).topics(List.of("ICS 300")).build()))
            .escalationPaths(List.of(new EscalationPath("flood-disputes",
                    List.of(ScopePath.parse("emergency/flood")),
                    List.of(new EscalationLevel("Operations Working Group", "operations-working-group",
                                    Duration.ofHours(72)),
                            new EscalationLevel("Executive Steering Committee", "executive-steering-committee",
                                    Duration.ofDays(14))),
                    FinalResolution.MEDIATION)))
            .milestones(List.of(
                    new Milestone("evacuation-plan-adopted", "faster-evacuation", "Joint evacuation plan adopted",
                            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 28)),
                    new Milestone("grant-pipeline-live", "faster-recovery-funds", "Shared grant pipeline live",
                            LocalDate.of(2026, 9, 30), null)))
            .reviews(List.of(ReviewBuilder.builder().id("spring-2026-review").heldOn(LocalDate.of(2026, 4, 15))
                    .participants(List.of(FEMA, STATE, COUNTY))
                    .successes(List.of("The evacuation plan was adopted ahead of schedule."))
                    .lessonsLearned(List.of("Registration forms need a Spanish version."))
                    .build()))
            .sponsors(List.of(
                    new Sponsor(FEMA, "Morgan Hale", "Regional Administrator, Region 6"),
                    new Sponsor(STATE, "Avery Brooks", "Chief"),
                    new Sponsor(COUNTY, "Jordan Patel", "Executive Director")))
            .resourceCommitments(List.of(
                    new ResourceCommitment("fema-preparedness-grant", FEMA, ResourceKind.FUNDING,
                            "Preparedness grant for shelter equipment", new BigDecimal("2500000"), "USD", null),
                    new ResourceCommitment("state-liaisons", STATE, ResourceKind.STAFF,
                            "Liaison officers at the county emergency operations center", new BigDecimal("2"), "FTE",
                            null)))
            .signatories(List.of(
                    new Signatory(FEMA, "Morgan Hale", "Regional Administrator", LocalDate.of(2025, 12, 10)),
                    new Signatory(STATE, "Avery Brooks", "Chief", LocalDate.of(2025, 12, 12)),
                    new Signatory(COUNTY, "Jordan Patel", "Executive Director", LocalDate.of(2025, 12, 15))))
            .amendments(List.of(new Amendment("add-shelter-data", LocalDate.of(2026, 3, 1),
                    "Adds the protocol for sharing shelter registrations.", List.of(FEMA, STATE, COUNTY))))
            .build();

    private Baseline() {
    }

    /** The baseline agreement: no rule of the catalogue reports anything on it. */
    public static Agreement agreement() {
        return AGREEMENT;
    }

    /** A builder started from the baseline, to derive a defect from it. */
    static AgreementBuilder derive() {
        return AgreementBuilder.builder(AGREEMENT);
    }
}
