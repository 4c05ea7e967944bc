package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
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
import org.interagency.agreements.EscalationPathBuilder;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.ResourceCommitmentBuilder;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Responsibility;
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
 * A flood-response memorandum of understanding between a county emergency management office, a
 * state department of transportation, a state health department and a federal emergency agency,
 * written with the model's builders. Every one of the ten principles has its section.
 */
public final class FloodResponseMou {

    /** The county's emergency management office: leads the response. */
    public static final String COUNTY = "harris-county-oem";
    /** The state department of transportation: roads, closures, evacuation routes. */
    public static final String DOT = "txdot";
    /** The state health department: shelters' medical needs and public-health data. */
    public static final String HEALTH = "tx-dshs";
    /** The federal emergency agency's regional office: federal assistance. */
    public static final String FEMA = "fema-region-6";

    private FloodResponseMou() {
    }

    /** The agreement as the four agencies signed it. */
    public static Agreement agreement() {
        LocalDate effective = LocalDate.of(2026, 3, 1);
        LocalDate expires = LocalDate.of(2029, 2, 28);

        return AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id("harris-county-flood-mou-2026")
                .title("Memorandum of Understanding for Coordinated Flood Response in Harris County, Texas")
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .status(AgreementStatus.IN_FORCE)
                .term(new Term(effective, expires, null, Period.ofYears(1)))
                .authorities(List.of(
                        new LegalAuthority("stafford-act", "42 U.S.C. 5121 et seq.",
                                "Robert T. Stafford Disaster Relief and Emergency Assistance Act"),
                        new LegalAuthority("tx-disaster-act", "Tex. Gov't Code ch. 418", "Texas Disaster Act of 1975"),
                        new LegalAuthority("hipaa-public-health", "45 CFR 164.512(b)",
                                "HIPAA Privacy Rule: disclosures for public health activities")))
                .parties(List.of(
                        party(COUNTY, "Harris County Office of Homeland Security and Emergency Management",
                                "us/tx/harris-county", PartyRole.LEAD,
                                new Contact("Maria Delgado", "Emergency Management Coordinator", "maria.delgado@hcoem.example.gov", "+1 713 555 0100")),
                        party(DOT, "Texas Department of Transportation, Houston District", "us/tx", PartyRole.PARTICIPANT,
                                new Contact("James Whitfield", "District Emergency Coordinator", "james.whitfield@txdot.example.gov", "+1 713 555 0142")),
                        party(HEALTH, "Texas Department of State Health Services, Region 6/5 South", "us/tx", PartyRole.PROVIDER,
                                new Contact("Dr. Aisha Rahman", "Regional Medical Director", "aisha.rahman@dshs.example.gov", null)),
                        party(FEMA, "Federal Emergency Management Agency, Region 6", "us", PartyRole.SUPPORTING,
                                new Contact("Robert Chen", "Federal Coordinating Officer liaison", "robert.chen@fema.example.gov", "+1 940 555 0199"))))
                .vision("Residents of Harris County are warned early, moved safely and sheltered with the care they need"
                        + " whenever floodwaters rise, because the county, the state and the federal government act as one team.")
                .goals(List.of(
                        GoalBuilder.builder()
                                .id("early-warning")
                                .statement("Warn every resident of a flood evacuation zone at least 24 hours before the crest.")
                                .addMeasures(new Measure("Median warning lead time", "hours", new BigDecimal("6"), new BigDecimal("24")))
                                .contributors(List.of(COUNTY, DOT, FEMA))
                                .due(LocalDate.of(2028, 6, 1))
                                .build(),
                        GoalBuilder.builder()
                                .id("safe-shelter")
                                .statement("Shelter medically fragile evacuees with continuity of care.")
                                .addMeasures(new Measure("Evacuees with a care plan on arrival", "percent", null, new BigDecimal("95")))
                                .contributors(List.of(COUNTY, HEALTH))
                                .due(LocalDate.of(2028, 6, 1))
                                .build()))
                .responsibilities(List.of(
                        responsibility("evacuation-orders", "emergency/flood/evacuation/orders",
                                "Decide and issue evacuation orders for flood zones.",
                                Assignment.of(COUNTY, RaciRole.ACCOUNTABLE), Assignment.of(COUNTY, RaciRole.RESPONSIBLE),
                                Assignment.of(FEMA, RaciRole.INFORMED)),
                        responsibility("evacuation-routes", "emergency/flood/evacuation/routes",
                                "Keep evacuation routes open: contraflow, closures, debris clearance.",
                                Assignment.of(DOT, RaciRole.ACCOUNTABLE), Assignment.of(DOT, RaciRole.RESPONSIBLE),
                                Assignment.of(COUNTY, RaciRole.CONSULTED)),
                        responsibility("medical-shelters", "emergency/flood/sheltering/medical",
                                "Staff and supply medical needs shelters.",
                                Assignment.of(HEALTH, RaciRole.ACCOUNTABLE), Assignment.of(HEALTH, RaciRole.RESPONSIBLE),
                                Assignment.of(COUNTY, RaciRole.CONSULTED)),
                        responsibility("federal-assistance", "emergency/flood/recovery/federal-assistance",
                                "Request, coordinate and account for federal disaster assistance.",
                                Assignment.of(FEMA, RaciRole.ACCOUNTABLE), Assignment.of(COUNTY, RaciRole.RESPONSIBLE),
                                Assignment.of(HEALTH, RaciRole.INFORMED))))
                .channels(List.of(
                        CommunicationChannelBuilder.builder()
                                .id("coordination-call").kind(ChannelKind.MEETING).name("Monthly flood coordination call")
                                .ownerAgencyId(COUNTY).participants(List.of(DOT, HEALTH, FEMA)).cadence(Period.ofMonths(1))
                                .build(),
                        CommunicationChannelBuilder.builder()
                                .id("eoc-hotline").kind(ChannelKind.HOTLINE).name("Emergency Operations Center hotline")
                                .ownerAgencyId(COUNTY).participants(List.of(DOT, HEALTH, FEMA))
                                .build()))
                .trustMeasures(List.of(
                        TrustMeasureBuilder.builder()
                                .id("hurricane-season-exercise").kind(TrustMeasureKind.JOINT_EXERCISE)
                                .description("Full-scale flood evacuation exercise before each hurricane season.")
                                .participants(List.of(COUNTY, DOT, HEALTH, FEMA)).cadence(Period.ofYears(1))
                                .build()))
                .governanceBodies(List.of(
                        GovernanceBodyBuilder.builder()
                                .id("steering-committee").name("Flood Response Executive Steering Committee")
                                .members(List.of(COUNTY, DOT, HEALTH, FEMA)).chairAgencyId(COUNTY)
                                .decisionRule(DecisionRule.supermajority(3, 4)).quorum(3)
                                .jointDecisions(List.of("Changes to evacuation zones", "Activation of the joint information centre"))
                                .build()))
                .dataSharingProtocols(List.of(
                        DataSharingProtocolBuilder.builder()
                                .id("shelter-medical-data").providerAgencyId(HEALTH).recipients(List.of(COUNTY))
                                .dataSets(List.of(new DataSet("medical-needs-roster", "Medical needs shelter roster",
                                        Classification.CONTROLLED, true)))
                                .purpose("Place and care for medically fragile evacuees during a declared flood emergency.")
                                .legalBasis(List.of("hipaa-public-health", "tx-disaster-act"))
                                .transferMethod(TransferMethod.SECURE_FILE_TRANSFER)
                                .encryptedInTransit(true).encryptedAtRest(true)
                                .retention(Period.ofDays(90)).disposal(DisposalMethod.SECURE_DELETION)
                                .onwardSharing(OnwardSharing.PROHIBITED)
                                .breachNotificationWindow(Duration.ofHours(24))
                                .build()))
                .trainingProgrammes(List.of(
                        TrainingProgrammeBuilder.builder()
                                .id("shelter-data-handling").title("Handling shelter medical data")
                                .providerAgencyId(HEALTH).audience(List.of(COUNTY)).cadence(Period.ofYears(1))
                                .topics(List.of("Minimum necessary disclosure", "Secure transfer and deletion"))
                                .protocols(List.of("shelter-medical-data"))
                                .build()))
                .escalationPaths(List.of(
                        EscalationPathBuilder.builder()
                                .id("operational-disputes")
                                .scopes(List.of(ScopePath.parse("emergency/flood")))
                                .levels(List.of(
                                        new EscalationLevel("Agency emergency coordinators", null, Duration.ofHours(4)),
                                        new EscalationLevel("Executive Steering Committee", "steering-committee", Duration.ofHours(24))))
                                .finalResolution(FinalResolution.JOINT_EXECUTIVE_DECISION)
                                .build()))
                .milestones(List.of(
                        new Milestone("zones-published", "early-warning", "Evacuation zones published for every watershed",
                                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 20)),
                        new Milestone("care-plans", "safe-shelter", "Care plan template adopted by every medical shelter",
                                LocalDate.of(2027, 3, 1), null)))
                .reviews(List.of(
                        ReviewBuilder.builder()
                                .id("review-2026").heldOn(LocalDate.of(2026, 11, 15))
                                .participants(List.of(COUNTY, DOT, HEALTH, FEMA))
                                .successes(List.of("Zones published ahead of schedule"))
                                .lessonsLearned(List.of("Contraflow needs a decision 36 hours before landfall, not 24"))
                                .build()))
                .sponsors(List.of(
                        new Sponsor(COUNTY, "Hon. Elena Ruiz", "County Judge"),
                        new Sponsor(DOT, "Michael Grant", "District Engineer"),
                        new Sponsor(HEALTH, "Dr. Samuel Okafor", "Regional Director"),
                        new Sponsor(FEMA, "Karen Holt", "Regional Administrator")))
                .resourceCommitments(List.of(
                        ResourceCommitmentBuilder.builder()
                                .id("county-eoc").agencyId(COUNTY).kind(ResourceKind.FACILITIES)
                                .description("Emergency Operations Center seats for every party during activation")
                                .build(),
                        ResourceCommitmentBuilder.builder()
                                .id("dot-crews").agencyId(DOT).kind(ResourceKind.STAFF)
                                .description("Road crews for contraflow and debris clearance").amount(new BigDecimal("40")).unit("FTE")
                                .build()))
                .signatories(List.of(
                        new Signatory(COUNTY, "Hon. Elena Ruiz", "County Judge", LocalDate.of(2026, 2, 10)),
                        new Signatory(DOT, "Michael Grant", "District Engineer", LocalDate.of(2026, 2, 12)),
                        new Signatory(HEALTH, "Dr. Samuel Okafor", "Regional Director", LocalDate.of(2026, 2, 12)),
                        new Signatory(FEMA, "Karen Holt", "Regional Administrator", LocalDate.of(2026, 2, 20))))
                .build();
    }

    private static Party party(String id, String name, String jurisdiction, PartyRole role, Contact contact) {
        return PartyBuilder.builder()
                .agencyId(id)
                .name(name)
                .jurisdiction(Jurisdiction.parse(jurisdiction))
                .addRoles(role)
                .addContacts(contact)
                .build();
    }

    private static Responsibility responsibility(String id, String scope, String description, Assignment... assignments) {
        return ResponsibilityBuilder.builder()
                .id(id)
                .scope(ScopePath.parse(scope))
                .description(description)
                .assignments(List.of(assignments))
                .build();
    }
}
