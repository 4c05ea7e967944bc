package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DecisionMethod;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.Classification;
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
import java.util.Random;

/** The agreements the rules benchmarks check, generated deterministically. */
final class BenchmarkAgreements {

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);
    static final LocalDate EXPIRES = LocalDate.of(2028, 12, 31);
    static final int AGENCIES = 200;

    /** Assignments per "combination" of area, topic and state: 1 coordinator and 19 county tasks. */
    static final int PER_COMBINATION = 20;

    /** The chance that a county task is given to another agency than the owner: about 1% of assignments then conflict. */
    static final double ROGUE = 0.0105;

    private BenchmarkAgreements() {
    }

    /**
     * An agreement with {@code n} ACCOUNTABLE assignments (n a multiple of 20) among 200 agencies,
     * shaped like a large mutual-aid compact. Work is split into combinations of area (20), state
     * (50) and topic: each has a coordinator accountable for {@code area/topic/ops} (scope depth 3)
     * in the state for the whole term, and one responsibility on {@code area/topic/ops/tN} or
     * {@code area/topic/ops/gN/tN} (depth 4 or 5) with 19 accountable assignments, one per county
     * of the state, each for a one-year slot of the term. The agency that owns (area, state) holds
     * all of them, so nested scopes, containing jurisdictions and overlapping periods abound
     * without conflict; except that about 1.05% of county tasks go to another agency, and each of
     * those conflicts with exactly its coordinator: about 1% of n conflicts.
     */
    static Agreement largeCompact(int n) {
        Random random = new Random(20260101L + n);
        List<Responsibility> responsibilities = new ArrayList<>();
        int combinations = n / PER_COMBINATION;
        for (int c = 0; c < combinations; c++) {
            int area = c % 20;
            int state = c / 20 % 50;
            int topic = c / 1000;
            int owner = (area * 50 + state) % AGENCIES;
            ScopePath ops = ScopePath.of("area" + area, "topic" + topic, "ops");
            Jurisdiction stateCode = Jurisdiction.of("us", "s" + state);
            responsibilities.add(new Responsibility("coordination-" + c, ops, "Coordination.",
                    List.of(new Assignment(agency(owner), RaciRole.ACCOUNTABLE, stateCode, null))));
            ScopePath task = c % 2 == 0 ? ops.child("t" + c) : ops.child("g" + c % 7).child("t" + c);
            List<Assignment> counties = new ArrayList<>();
            for (int county = 0; county < PER_COMBINATION - 1; county++) {
                int agency = random.nextDouble() < ROGUE ? (owner + 1 + random.nextInt(AGENCIES - 1)) % AGENCIES : owner;
                LocalDate start = EFFECTIVE.plusYears(random.nextInt(3));
                counties.add(new Assignment(agency(agency), RaciRole.ACCOUNTABLE,
                        Jurisdiction.of("us", "s" + state, "c" + county), DateRange.of(start, start.plusYears(1).minusDays(1))));
            }
            responsibilities.add(new Responsibility("task-" + c, task, "County work.", counties));
        }
        AgreementBuilder builder = base("large-compact", 0);
        for (int a = 0; a < AGENCIES; a++) {
            builder.addParties(new Party(agency(a), "Agency " + a, Jurisdiction.of("us"), null, List.of(PartyRole.PARTICIPANT), List.of()));
        }
        return builder.responsibilities(responsibilities).build();
    }

    /** The scope subtrees ({@code areaA/topicT/ops}) of {@link #denseCompact}: 20 areas, 4 topics. */
    static final int DENSE_SUBTREES = 80;

    /** The assignments of each responsibility of {@link #denseCompact}. */
    static final int DENSE_PER_RESPONSIBILITY = 10;

    /**
     * An agreement with {@code n} ACCOUNTABLE assignments (n a multiple of 10) among 200 agencies
     * whose conflicts grow faster than n, as in a portfolio merged from many agencies' plans:
     * each responsibility has a scope of depth 3 to 5 (equally often) in one of 80 subtrees
     * {@code areaA/topicT/ops}, with {@code tK} (10) and {@code tK/sL} (5) below, and 10
     * assignments to random agencies, each in a random state of 50 ({@code us/sS}), or half the
     * time in one of its 10 counties, for the whole term or, half the time, a one-year slot of
     * it. Of the pairs of assignments whose scopes overlap, about 1.3 % also overlap in
     * jurisdiction and time with different agencies, so the conflicts grow as n²: about 5·10³
     * at 10⁴ assignments, 1.2·10⁵ at 5·10⁴ and 1.9·10⁶ at 2·10⁵.
     */
    static Agreement denseCompact(int n) {
        Random random = new Random(20260202L + n);
        List<Responsibility> responsibilities = new ArrayList<>();
        for (int r = 0; r < n / DENSE_PER_RESPONSIBILITY; r++) {
            int subtree = random.nextInt(DENSE_SUBTREES);
            ScopePath scope = ScopePath.of("area" + subtree % 20, "topic" + subtree / 20, "ops");
            int depth = 3 + random.nextInt(3);
            if (depth >= 4) {
                scope = scope.child("t" + random.nextInt(10));
            }
            if (depth == 5) {
                scope = scope.child("s" + random.nextInt(5));
            }
            List<Assignment> assignments = new ArrayList<>(DENSE_PER_RESPONSIBILITY);
            for (int i = 0; i < DENSE_PER_RESPONSIBILITY; i++) {
                Jurisdiction state = Jurisdiction.of("us", "s" + random.nextInt(50));
                Jurisdiction where = random.nextBoolean() ? state : Jurisdiction.of("us", state.segments().get(1), "c" + random.nextInt(10));
                LocalDate start = EFFECTIVE.plusYears(random.nextInt(3));
                DateRange period = random.nextBoolean() ? null : DateRange.of(start, start.plusYears(1).minusDays(1));
                assignments.add(new Assignment(agency(random.nextInt(AGENCIES)), RaciRole.ACCOUNTABLE, where, period));
            }
            responsibilities.add(new Responsibility("work-" + r, scope, "Shared work.", assignments));
        }
        AgreementBuilder builder = base("dense-compact", 0);
        for (int a = 0; a < AGENCIES; a++) {
            builder.addParties(new Party(agency(a), "Agency " + a, Jurisdiction.of("us"), null, List.of(PartyRole.PARTICIPANT), List.of()));
        }
        return builder.responsibilities(responsibilities).build();
    }

    static String agency(int a) {
        return String.format("agency-%03d", a);
    }

    /**
     * A typical, complete agreement: 6 parties with contacts, sponsors and signatures, 3 goals
     * with measures and milestones, 40 responsibilities on scopes of depth 2 to 4 with
     * accountable, responsible and informed agencies, channels, trust measures, a governance
     * body, a data-sharing protocol, training, an escalation path, a review and resources.
     */
    static Agreement typical() {
        List<String> ids = List.of("county-oem", "state-dem", "fema", "city-police", "county-health", "red-cross");
        AgreementBuilder builder = base("harris-flood-mou", 6);
        for (int p = 0; p < ids.size(); p++) {
            String id = ids.get(p);
            builder.addParties(new Party(id, "Agency " + id, Jurisdiction.of("us", "tx", "harris-county"), null,
                    List.of(p == 0 ? PartyRole.LEAD : PartyRole.PARTICIPANT),
                    List.of(new Contact("Contact " + p, "Liaison officer", id + "@example.org", null))));
            builder.addSponsors(new Sponsor(id, "Sponsor " + p, "Director"));
            builder.addSignatories(new Signatory(id, "Signatory " + p, "Director", EFFECTIVE.minusDays(10)));
            builder.addResourceCommitments(new ResourceCommitment("resources-" + id, id, ResourceKind.STAFF,
                    "Two liaison officers.", BigDecimal.valueOf(2), "FTE", null));
        }
        for (int g = 0; g < 3; g++) {
            builder.addGoals(new Goal("goal-" + g, "Goal " + g + ".",
                    List.of(new Measure("Measure " + g, "hours", BigDecimal.TEN, BigDecimal.ONE)), ids, EXPIRES.minusMonths(6)));
            builder.addMilestones(new Milestone("milestone-" + g, "goal-" + g, "Milestone " + g, EFFECTIVE.plusMonths(6 + g), null));
        }
        String[] areas = {"flood", "shelter", "medical", "traffic"};
        for (int r = 0; r < 40; r++) {
            ScopePath scope = ScopePath.of("emergency", areas[r % 4]);
            if (r >= 4) {
                scope = scope.child("task" + r);
            }
            if (r >= 20) {
                scope = scope.child("step" + r);
            }
            String accountable = r < 4 ? ids.get(r % 3) : ids.get(r % 4 % 3);
            builder.addResponsibilities(new Responsibility("work-" + r, scope, "Work " + r + ".", List.of(
                    Assignment.of(accountable, RaciRole.ACCOUNTABLE),
                    Assignment.of(ids.get(3 + r % 3), RaciRole.RESPONSIBLE),
                    Assignment.of(ids.get(5), RaciRole.INFORMED))));
        }
        builder.addChannels(new CommunicationChannel("weekly-call", ChannelKind.MEETING, "Weekly call", ids.get(0), ids, Period.ofWeeks(1)));
        builder.addTrustMeasures(new TrustMeasure("joint-exercise", TrustMeasureKind.JOINT_EXERCISE, "Annual flood exercise.", ids, Period.ofYears(1)));
        builder.addGovernanceBodies(new GovernanceBody("steering", "Steering committee", ids, ids.get(0),
                new DecisionRule(DecisionMethod.CONSENSUS, null, null), 4, List.of("Budget")));
        builder.addDataSharingProtocols(new DataSharingProtocol("shelter-data", ids.get(4), List.of(ids.get(0), ids.get(5)),
                List.of(new DataSet("evacuees", "Evacuee register", Classification.CONFIDENTIAL, true)), "Reunification.",
                List.of("stafford-act"), TransferMethod.API, true, true, Period.ofYears(1), DisposalMethod.SECURE_DELETION,
                OnwardSharing.PROHIBITED, Duration.ofHours(72)));
        builder.addTrainingProgrammes(new TrainingProgramme("data-training", "Handling evacuee data", ids.get(4), ids,
                Period.ofYears(1), List.of("privacy"), List.of("shelter-data")));
        builder.addEscalationPaths(new EscalationPath("disputes", List.of(), List.of(
                new EscalationLevel("Liaison officers", null, Duration.ofDays(5)),
                new EscalationLevel("Steering committee", "steering", Duration.ofDays(15))), FinalResolution.JOINT_EXECUTIVE_DECISION));
        builder.addReviews(new Review("review-2026", EFFECTIVE.plusMonths(11), ids, List.of("Faster sheltering."), List.of("Share data earlier.")));
        return builder.build();
    }

    private static AgreementBuilder base(String id, int authorities) {
        AgreementBuilder builder = AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id(id)
                .title("Benchmark agreement " + id)
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .status(AgreementStatus.IN_FORCE)
                .term(new Term(EFFECTIVE, EXPIRES, null, Period.ofYears(1)))
                .vision("Residents are safe in a flood.");
        if (authorities > 0) {
            builder.addAuthorities(new LegalAuthority("stafford-act", "42 U.S.C. 5121 et seq.", "Stafford Act"));
        }
        return builder;
    }
}
