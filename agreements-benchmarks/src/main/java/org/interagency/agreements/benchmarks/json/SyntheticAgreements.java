package org.interagency.agreements.benchmarks.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.Classification;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TransferMethod;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.TrustMeasureKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic agreements of a chosen size for the document benchmarks: five parties, every
 * section filled, and {@code n} responsibilities of three assignments each. About 40
 * responsibilities make a typical agreement of 20 KB; about 135 000 make 50 MB.
 */
public final class SyntheticAgreements {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final List<String> AGENCIES = List.of("county-oem", "state-dot", "state-health", "fema-r6",
            "city-police");

    private SyntheticAgreements() {
    }

    /**
     * An agreement with {@code responsibilities} responsibilities that passes Bean Validation and
     * every built-in rule: each responsibility has an accountable agency everywhere (no
     * jurisdiction) over the whole term.
     */
    public static Agreement withResponsibilities(int responsibilities) {
        return build(responsibilities, false);
    }

    /**
     * The same agreement with one {@code roles.accountability-gap} error per responsibility: the
     * accountable agency covers the county for two years of the three-year term, and the
     * responsible and informed agencies have no jurisdiction, so work is assigned everywhere but
     * accounted for only there and then. What reading and validating costs when every
     * responsibility gives a finding.
     */
    public static Agreement withAccountabilityGaps(int responsibilities) {
        return build(responsibilities, true);
    }

    private static Agreement build(int responsibilities, boolean gaps) {
        Jurisdiction county = Jurisdiction.of("us", "tx", "harris-county");
        Jurisdiction accountableWhere = gaps ? county : null;
        DateRange accountableWhen = new DateRange(START, START.plusYears(gaps ? 2 : 3));
        List<Party> parties = new ArrayList<>();
        for (String agency : AGENCIES) {
            parties.add(new Party(agency, "Agency " + agency, county, null,
                    List.of(agency.equals("county-oem") ? PartyRole.LEAD : PartyRole.PARTICIPANT),
                    List.of(new Contact("Duty Officer", "Emergency coordinator", agency + "@agency.example.gov",
                            "+1-713-555-0100"))));
        }
        List<Responsibility> work = new ArrayList<>(responsibilities);
        for (int i = 0; i < responsibilities; i++) {
            String lead = AGENCIES.get(i % AGENCIES.size());
            work.add(new Responsibility("task-" + i, ScopePath.of("emergency", "flood", "area-" + (i / 10), "task-" + i),
                    "Coordinate task " + i + " of the flood response, including staffing and public notices.",
                    List.of(new Assignment(lead, RaciRole.ACCOUNTABLE, accountableWhere, accountableWhen),
                            Assignment.of(AGENCIES.get((i + 1) % AGENCIES.size()), RaciRole.RESPONSIBLE),
                            Assignment.of(AGENCIES.get((i + 2) % AGENCIES.size()), RaciRole.INFORMED))));
        }
        return new Agreement(Agreement.SCHEMA_VERSION, "synthetic-flood-mou", "Synthetic flood response memorandum",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.IN_FORCE,
                new Term(START, START.plusYears(3), new Renewal(1, Period.ofYears(2), false), Period.ofYears(1)),
                List.of(new LegalAuthority("stafford-act", "42 U.S.C. 5121", "Stafford Act")),
                parties,
                "Residents are warned, moved to safety and cared for during floods.",
                List.of(new Goal("faster-evacuation", "Clear evacuation zones within 12 hours.",
                        List.of(new Measure("Hours to clear zones", "hours", new BigDecimal("20"), new BigDecimal("12"))),
                        AGENCIES, START.plusYears(1))),
                work,
                List.of(new CommunicationChannel("ops-call", ChannelKind.MEETING, "Daily operations call", "county-oem",
                        AGENCIES, Period.ofDays(1))),
                List.of(new TrustMeasure("exercise", TrustMeasureKind.JOINT_EXERCISE, "Annual flood exercise", AGENCIES,
                        Period.ofYears(1))),
                List.of(new GovernanceBody("coordination-group", "Coordination group", AGENCIES, "county-oem",
                        DecisionRule.supermajority(2, 3), 3, List.of("Activation of the operations centre"))),
                List.of(new DataSharingProtocol("shelter-roster", "county-oem", List.of("state-health"),
                        List.of(new DataSet("registrations", "Shelter registrations", Classification.CONFIDENTIAL, true)),
                        "Match shelter residents to medical teams.", List.of("stafford-act"),
                        TransferMethod.SECURE_FILE_TRANSFER, true, true, Period.ofDays(90), DisposalMethod.SECURE_DELETION,
                        OnwardSharing.PROHIBITED, Duration.ofHours(72))),
                List.of(new TrainingProgramme("intake-training", "Shelter intake", "state-health", AGENCIES,
                        Period.ofYears(1), List.of("Triage"), List.of("shelter-roster"))),
                List.of(new EscalationPath("disputes", List.of(ScopePath.of("emergency")),
                        List.of(new EscalationLevel("Duty officers", null, Duration.ofHours(4)),
                                new EscalationLevel("Coordination group", "coordination-group", Duration.ofHours(24))),
                        FinalResolution.JOINT_EXECUTIVE_DECISION)),
                List.of(new Milestone("contraflow-plan", "faster-evacuation", "Contraflow plan", START.plusMonths(4), null)),
                List.of(new Review("review-2026", START.plusMonths(10), AGENCIES, List.of("Zones cleared in 14 hours"),
                        List.of("Keep rosters current"))),
                AGENCIES.stream().map(a -> new Sponsor(a, "Director of " + a, "Director")).toList(),
                List.of(new ResourceCommitment("funding", "county-oem", ResourceKind.FUNDING, "Operations centre",
                        new BigDecimal("1250000.00"), "USD", new DateRange(START, START.plusYears(3)))),
                AGENCIES.stream().map(a -> new Signatory(a, "Director of " + a, "Director", START.minusDays(10))).toList(),
                List.of());
    }
}
