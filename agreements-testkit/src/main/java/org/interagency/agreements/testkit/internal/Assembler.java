package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataOrigin;
import org.interagency.agreements.Funds;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.IdentifierScheme;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.PartyIdentifier;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.RetentionStart;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.SpecialCategory;
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
import org.interagency.agreements.testkit.internal.AgreementSeed.ResponsibilitySeed;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Turns a seed into an agreement that passes Bean Validation and every built-in rule.
 *
 * <p>Each section is built so that the rules about it hold by construction: ids are unique
 * within their section, every reference names a party or an element that exists, every party
 * has a contact, a sponsor and a signatory, there is a channel, a trust measure and a
 * governance body that include every party, responsibilities lie on scopes none of which
 * contains another (so different accountable agencies never overlap), each with an accountable
 * and a responsible agency everywhere and all the time (one agency, or one handing over to
 * another, or one in each of two neighbouring jurisdictions), dates lie inside the term, the latest review falls within the review cycle before
 * {@link #REFERENCE_DATE}, and every data-sharing protocol is encrypted, has a legal basis,
 * retention, disposal and breach window, and a training programme for its provider and
 * recipients.
 */
@API(status = INTERNAL, since = "0.1")
public final class Assembler {

    /** The day generated agreements treat as today; see {@code AgreementArbitraries.REFERENCE_DATE}. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 7, 1);

    // Open-ended terms still need a last day to place goals and periods before.
    private static final int OPEN_ENDED_HORIZON_MONTHS = 60;

    private static final List<AgreementKind> KINDS = List.of(
            AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementKind.INTERAGENCY_AGREEMENT,
            AgreementKind.DATA_SHARING_AGREEMENT, AgreementKind.MUTUAL_AID,
            AgreementKind.COMPUTER_MATCHING_AGREEMENT, AgreementKind.OTHER);
    private static final List<AgreementStatus> STATUSES = List.of(
            AgreementStatus.IN_FORCE, AgreementStatus.PROPOSED, AgreementStatus.DRAFT);
    private static final List<Period> REVIEW_CYCLES = List.of(Period.ofYears(1), Period.ofMonths(6), Period.ofYears(2));
    private static final List<PartyRole> OTHER_ROLES = List.of(
            PartyRole.PARTICIPANT, PartyRole.SUPPORTING, PartyRole.RESPONDING, PartyRole.PROVIDER,
            PartyRole.RECIPIENT, PartyRole.REQUESTING, PartyRole.SERVICING);
    private static final List<Period> CADENCES = List.of(Period.ofMonths(1), Period.ofDays(7), Period.ofMonths(3));
    private static final List<Period> TRUST_CADENCES = List.of(Period.ofYears(1), Period.ofMonths(6), Period.ofMonths(3));
    private static final List<Period> RETENTIONS = List.of(Period.ofYears(1), Period.ofYears(3), Period.ofYears(7));
    private static final List<Duration> RESPONSE_TIMES = List.of(Duration.ofHours(72), Duration.ofDays(7), Duration.ofHours(24));
    private static final List<FinalResolution> FINAL_RESOLUTIONS = List.of(
            FinalResolution.JOINT_EXECUTIVE_DECISION, FinalResolution.MEDIATION, FinalResolution.ARBITRATION);
    private static final List<Safeguard> SAFEGUARDS = List.of(
            new Safeguard(SafeguardKind.ADMINISTRATIVE, "Access limited to named staff, trained every year"),
            new Safeguard(SafeguardKind.PHYSICAL, "Printed records kept in locked rooms"));
    private static final List<ProvisionTopic> MATCHING_TOPICS = List.of(
            ProvisionTopic.INDIVIDUAL_NOTICE, ProvisionTopic.VERIFICATION, ProvisionTopic.COMPTROLLER_GENERAL_ACCESS);
    private static final List<String> TITLES = List.of(
            "Regional Flood Response", "Benefits Data Exchange", "Gulf Coast Mutual Aid");

    private Assembler() {
    }

    /**
     * The agreement a seed stands for; with {@code expiringTermOnly}, its term has an expiry date;
     * no responsibility has more than {@code maxAssignments} assignments.
     */
    public static Agreement assemble(AgreementSeed seed, boolean expiringTermOnly, int maxAssignments) {
        Genes g = seed.agreement();
        AgreementKind kind = kind(g);
        Term term = term(g, expiringTermOnly);
        List<LegalAuthority> authorities = authorities(seed.authorities());
        List<Party> parties = parties(seed.parties());
        Parts parts = new Parts(term, parties.stream().map(Party::agencyId).toList());
        List<Milestone> milestones = new ArrayList<>();
        List<Goal> goals = parts.goals(seed.goals(), milestones);
        List<Responsibility> responsibilities = parts.responsibilities(seed.responsibilities(), maxAssignments);
        List<GovernanceBody> bodies = parts.governanceBodies(seed.governanceBodies());
        List<DataSharingProtocol> protocols = parts.protocols(seed.protocols(),
                authorities.stream().map(LegalAuthority::id).toList());
        String title = Vocabulary.pick(TITLES, g.pick(7, TITLES.size()));
        String id = slug(title) + "-" + term.effective().getYear();
        return AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id(id)
                .title(title + " Agreement")
                .kind(kind)
                .status(STATUSES.get(g.pick(1, STATUSES.size())))
                .lineage(lineage(g, id))
                .term(term)
                .authorities(authorities)
                .parties(parties)
                .vision("The parties act as one team, so that residents are warned, moved to safety and"
                        + " cared for whichever agency's staff does the work.")
                .goals(goals)
                .responsibilities(responsibilities)
                .channels(parts.channels(seed.channels()))
                .trustMeasures(parts.trustMeasures(seed.trustMeasures()))
                .governanceBodies(bodies)
                .dataSharingProtocols(protocols)
                .trainingProgrammes(parts.trainingProgrammes(seed.trainings(), protocols))
                .escalationPaths(parts.escalationPaths(seed.escalationPaths(), bodies, responsibilities))
                .milestones(milestones)
                .reviews(parts.reviews(seed.reviews()))
                .sponsors(parts.sponsors())
                .resourceCommitments(parts.resourceCommitments(seed.resources()))
                .signatories(parts.signatories())
                .amendments(parts.amendments(seed.amendments()))
                .provisions(parts.provisions(kind, protocols))
                .approvals(parts.approvals(kind))
                .notices(parts.notices(kind))
                .auditRights(parts.auditRights(kind, protocols))
                .payment(kind == AgreementKind.INTERAGENCY_AGREEMENT
                        ? new PaymentTerms(PaymentMethod.REIMBURSEMENT, null, Period.ofMonths(1), null) : null)
                .build();
    }

    /**
     * The version identity the agreement's genes pick: none (gene 0, the plainest), or a version
     * from 1 to 10 that may supersede or renew the version before it.
     */
    public static @Nullable Lineage lineage(Genes g, String id) {
        int r = g.pick(8, 30);
        if (r == 0) {
            return null;
        }
        String version = Integer.toString(r / 3 + 1);
        AgreementVersion earlier = new AgreementVersion(id, Integer.toString(r / 3));
        return switch (r % 3) {
            case 0 -> new Lineage(version, null, null);
            case 1 -> new Lineage(version, earlier, null);
            default -> new Lineage(version, null, earlier);
        };
    }

    /** The day {@code gene} picks from {@code first} through {@code last}, both inclusive. */
    public static LocalDate dayBetween(LocalDate first, LocalDate last, int gene) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(Math.floorMod(gene, days + 1));
    }

    /** The last day that dates in the term may take: its expiry, or a horizon for open-ended terms. */
    public static LocalDate lastDay(Term term) {
        return term.expires() != null ? term.expires() : term.effective().plusMonths(OPEN_ENDED_HORIZON_MONTHS);
    }

    /** The kind of agreement the agreement's genes pick. */
    public static AgreementKind kind(Genes g) {
        return KINDS.get(g.pick(0, KINDS.size()));
    }

    /**
     * The term the agreement's genes pick: in force on {@link #REFERENCE_DATE}, taking effect 1 to 36
     * months before it and expiring 6 months to 4 years after it, or open-ended (unless
     * {@code expiringTermOnly}); within the limits of 5 U.S.C. 552a(o)(2)(D) for computer
     * matching agreements.
     */
    public static Term term(Genes g, boolean expiringTermOnly) {
        Period cycle = REVIEW_CYCLES.get(g.pick(5, REVIEW_CYCLES.size()));
        if (kind(g) == AgreementKind.COMPUTER_MATCHING_AGREEMENT) {
            // 5 U.S.C. 552a(o)(2)(D): at most 18 months, renewable once for at most 12 months.
            LocalDate effective = REFERENCE_DATE.minusMonths(1 + g.pick(2, 11));
            LocalDate expires = effective.plusMonths(12 + g.pick(3, 6)).minusDays(1);
            @Nullable Renewal renewal = g.chance(6, 2) ? new Renewal(1, Period.ofMonths(12), false) : null;
            return new Term(effective, expires, renewal, cycle, terminationNotice(g));
        }
        LocalDate effective = REFERENCE_DATE.minusMonths(1 + g.pick(2, 36));
        if (!expiringTermOnly && g.chance(4, 4)) {
            return new Term(effective, null, null, cycle, terminationNotice(g));
        }
        LocalDate expires = REFERENCE_DATE.plusMonths(6 + g.pick(3, 48)).minusDays(1);
        @Nullable Renewal renewal = g.chance(6, 3) ? new Renewal(2, Period.ofYears(1), true) : null;
        return new Term(effective, expires, renewal, cycle, terminationNotice(g));
    }

    /** The written notice of termination, 90 days in one agreement in three (schema 1.1). */
    private static @Nullable Period terminationNotice(Genes g) {
        return g.chance(2, 3) ? Period.ofDays(90) : null;
    }

    /** Distinct legal authorities, one per genes while the vocabulary lasts. */
    public static List<LegalAuthority> authorities(List<Genes> seeds) {
        List<LegalAuthority> authorities = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Genes genes : seeds) {
            int index = distinct(genes.pick(0, Vocabulary.AUTHORITIES.size()), Vocabulary.AUTHORITIES.size(), used);
            if (index < 0) {
                break;
            }
            Vocabulary.AuthorityWords words = Vocabulary.AUTHORITIES.get(index);
            authorities.add(new LegalAuthority(words.id(), words.citation(), words.title()));
        }
        return authorities;
    }

    /**
     * Parties with distinct agency ids, each with a contact; a party's parent, if any, is listed
     * before it, so a chain of parents never loops.
     */
    public static List<Party> parties(List<Genes> seeds) {
        List<Party> parties = new ArrayList<>();
        List<String> partyIds = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            Genes genes = seeds.get(i);
            int index = distinct(genes.pick(0, Vocabulary.AGENCIES.size()), Vocabulary.AGENCIES.size(), used);
            Vocabulary.Agency agency = Vocabulary.pick(Vocabulary.AGENCIES, index < 0 ? genes.pick(0, Vocabulary.AGENCIES.size()) : index);
            String id = index < 0 ? agency.id() + "-" + (i + 1) : agency.id();
            String name = index < 0 ? agency.name() + " (" + (i + 1) + ")" : agency.name();
            @Nullable String parent = i > 0 && genes.chance(1, 4) ? partyIds.get(genes.pick(2, i)) : null;
            PartyRole role = i == 0 ? PartyRole.LEAD : OTHER_ROLES.get(genes.pick(3, OTHER_ROLES.size()));
            List<Contact> contacts = new ArrayList<>();
            for (int c = 0; c <= genes.pick(4, 2); c++) {
                String person = Vocabulary.pick(Vocabulary.PEOPLE, i + genes.pick(5, Vocabulary.PEOPLE.size()) + c);
                contacts.add(new Contact(person, c == 0 ? "Liaison officer" : "Alternate liaison officer",
                        person.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + id + ".example.gov",
                        genes.chance(6, 2) ? null : "+1-713-555-" + (1000 + Math.floorMod(i * 37 + c, 9000))));
            }
            partyIds.add(id);
            // Schema 1.1: a government level and legal roles for some parties, a Treasury AID for federal ones.
            int level = genes.pick(7, GovernmentLevel.values().length + 1);
            @Nullable GovernmentLevel governmentLevel = level == 0 ? null : GovernmentLevel.values()[level - 1];
            List<LegalRole> legalRoles = genes.chance(6, 3) ? List.of(LegalRole.CONTROLLER) : List.of();
            List<PartyIdentifier> identifiers = governmentLevel == GovernmentLevel.FEDERAL
                    ? List.of(new PartyIdentifier(IdentifierScheme.TREASURY_AID, String.format(Locale.ROOT, "%03d", 10 + i)))
                    : List.of();
            parties.add(new Party(id, name, Jurisdiction.parse(agency.jurisdiction()), parent, List.of(role), contacts,
                    governmentLevel, legalRoles, identifiers));
        }
        return parties;
    }

    /**
     * The sections of an agreement that refer to its term and its parties, built so that the rules
     * about each hold.
     */
    @API(status = INTERNAL, since = "0.1")
    public static final class Parts {
        private final Term term;
        private final LocalDate last;
        private final List<String> partyIds;

        /**
         * Parts for an agreement with {@code term} and these parties.
         *
         * @throws IllegalArgumentException if there is no party
         */
        public Parts(Term term, List<String> partyIds) {
            if (partyIds.isEmpty()) {
                throw new IllegalArgumentException("an agreement needs at least one party to build its sections around");
            }
            this.term = term;
            this.last = lastDay(term);
            this.partyIds = List.copyOf(partyIds);
        }

        /** Goals (at most one per party, each party contributing to one), adding their milestones to {@code milestones}. */
        public List<Goal> goals(List<Genes> seeds, List<Milestone> milestones) {
            List<Goal> goals = new ArrayList<>();
            int n = partyIds.size();
            int count = Math.min(seeds.size(), n);
            for (int i = 0; i < count; i++) {
                Genes genes = seeds.get(i);
                String id = "goal-" + (i + 1);
                // Party j contributes to goal j mod count, so every party contributes to some goal.
                Set<String> contributors = new LinkedHashSet<>();
                for (int j = i; j < n; j += count) {
                    contributors.add(partyIds.get(j));
                }
                if (genes.chance(2, 3)) {
                    contributors.add(partyIds.get(genes.pick(3, n)));
                }
                Vocabulary.MeasureWords words = Vocabulary.pick(Vocabulary.MEASURES, genes.pick(1, Vocabulary.MEASURES.size()));
                Measure measure = new Measure(words.name(), words.unit(), BigDecimal.valueOf(words.baseline()),
                        BigDecimal.valueOf(words.target()));
                LocalDate earliestDue = min(term.effective().plusMonths(6), last);
                LocalDate due = dayBetween(earliestDue, last, genes.pick(4, Integer.MAX_VALUE));
                goals.add(new Goal(id, Vocabulary.pick(Vocabulary.GOAL_STATEMENTS, genes.pick(0, Vocabulary.GOAL_STATEMENTS.size())),
                        List.of(measure), List.copyOf(contributors), due));
                int milestoneCount = 1 + genes.pick(5, 2);
                for (int m = 0; m < milestoneCount; m++) {
                    LocalDate milestoneDue = dayBetween(term.effective(), due, genes.pick(6, Integer.MAX_VALUE) + 97 * m);
                    @Nullable LocalDate achieved = !milestoneDue.isAfter(REFERENCE_DATE) && genes.chance(7, 2) ? milestoneDue : null;
                    milestones.add(new Milestone(id + "-milestone-" + (m + 1), id,
                            words.name() + " checkpoint " + (m + 1), milestoneDue, achieved));
                }
            }
            return goals;
        }

        /**
         * Responsibilities on distinct scopes, none inside another, each with an accountable and a
         * responsible party everywhere and all the time (one of each, or one handing over to another
         * during the term, or one in each of two neighbouring jurisdictions), and consulted or
         * informed parties; at most {@code maxAssignments} assignments each.
         */
        public List<Responsibility> responsibilities(List<ResponsibilitySeed> seeds, int maxAssignments) {
            int n = partyIds.size();
            List<Responsibility> responsibilities = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < seeds.size(); i++) {
                ResponsibilitySeed rs = seeds.get(i);
                Genes genes = rs.genes();
                int index = distinct(genes.pick(0, Vocabulary.SCOPES.size()), Vocabulary.SCOPES.size(), used);
                // Past the vocabulary, a scope of its own: still inside no other scope.
                ScopePath scope = index < 0
                        ? ScopePath.of("programme-" + (i + 1), "operations")
                        : ScopePath.parse(Vocabulary.SCOPES.get(index));
                List<String> segments = scope.segments();
                String id = segments.get(segments.size() - 2) + "-" + segments.get(segments.size() - 1);
                String task = segments.get(segments.size() - 1).replace('-', ' ');
                String description = String.format(Locale.ROOT,
                        Vocabulary.pick(Vocabulary.DUTIES, genes.pick(1, Vocabulary.DUTIES.size())), task);
                List<Assignment> assignments = new ArrayList<>();
                String accountable = partyIds.get(genes.pick(2, n));
                String responsible = partyIds.get(genes.pick(3, n));
                List<Jurisdiction> places = List.of();
                int mode = genes.pick(4, 4);
                // A split needs room for its extra accountable (and responsible) assignments.
                if (mode == 2 && maxAssignments < 3 || mode == 3 && maxAssignments < 4) {
                    mode = 0;
                }
                switch (mode) {
                    case 2 -> {
                        // Accountability handed over from one agency to another during the term.
                        LocalDate handover = dayBetween(term.effective(), last.minusDays(1), genes.pick(5, Integer.MAX_VALUE));
                        assignments.add(new Assignment(accountable, RaciRole.ACCOUNTABLE, null,
                                DateRange.of(term.effective(), handover)));
                        assignments.add(new Assignment(partyIds.get(genes.pick(6, n)), RaciRole.ACCOUNTABLE, null,
                                new DateRange(handover.plusDays(1), term.expires())));
                        assignments.add(Assignment.of(responsible, RaciRole.RESPONSIBLE));
                    }
                    case 3 -> {
                        // Two neighbouring jurisdictions, each with its own accountable and responsible agency.
                        List<String> pair = Vocabulary.pick(Vocabulary.NEIGHBOURS, genes.pick(5, Vocabulary.NEIGHBOURS.size()));
                        places = List.of(Jurisdiction.parse(pair.get(0)), Jurisdiction.parse(pair.get(1)));
                        assignments.add(new Assignment(accountable, RaciRole.ACCOUNTABLE, places.get(0), null));
                        assignments.add(new Assignment(partyIds.get(genes.pick(6, n)), RaciRole.ACCOUNTABLE, places.get(1), null));
                        assignments.add(new Assignment(responsible, RaciRole.RESPONSIBLE, places.get(0), null));
                        assignments.add(new Assignment(partyIds.get(genes.pick(7, n)), RaciRole.RESPONSIBLE, places.get(1), null));
                    }
                    default -> {
                        assignments.add(Assignment.of(accountable, RaciRole.ACCOUNTABLE));
                        assignments.add(Assignment.of(responsible, RaciRole.RESPONSIBLE));
                    }
                }
                for (Genes extra : rs.extraAssignments()) {
                    if (assignments.size() < maxAssignments) {
                        assignments.add(extraAssignment(extra, places));
                    }
                }
                responsibilities.add(new Responsibility(id, scope, description, assignments));
            }
            return responsibilities;
        }

        /**
         * A consulted or informed assignment, for a jurisdiction among {@code places} when the
         * responsibility is split by jurisdiction (so that it needs no accountable agency elsewhere).
         */
        private Assignment extraAssignment(Genes genes, List<Jurisdiction> places) {
            RaciRole role = genes.pick(1, 2) == 0 ? RaciRole.CONSULTED : RaciRole.INFORMED;
            @Nullable Jurisdiction jurisdiction;
            if (!places.isEmpty()) {
                jurisdiction = places.get(genes.pick(2, places.size()));
            } else {
                jurisdiction = genes.chance(2, 2)
                        ? Jurisdiction.parse(Vocabulary.pick(Vocabulary.JURISDICTIONS, genes.pick(3, Vocabulary.JURISDICTIONS.size())))
                        : null;
            }
            @Nullable DateRange period = null;
            if (genes.chance(4, 2)) {
                LocalDate start = dayBetween(term.effective(), last, genes.pick(5, Integer.MAX_VALUE));
                period = DateRange.of(start, dayBetween(start, last, genes.pick(6, Integer.MAX_VALUE)));
            }
            return new Assignment(partyIds.get(genes.pick(0, partyIds.size())), role, jurisdiction, period);
        }

        /** Channels, the first reaching every party. */
        public List<CommunicationChannel> channels(List<Genes> seeds) {
            int n = partyIds.size();
            List<CommunicationChannel> channels = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                int owner = genes.pick(0, n);
                // The first channel reaches every party; the others some of them.
                int reach = i == 0 ? n - 1 : 1 + genes.pick(1, Math.max(1, n - 1));
                ChannelKind channelKind = ChannelKind.values()[genes.pick(2, ChannelKind.values().length)];
                channels.add(new CommunicationChannel("channel-" + (i + 1), channelKind,
                        Vocabulary.pick(Vocabulary.CHANNELS, genes.pick(3, Vocabulary.CHANNELS.size())),
                        partyIds.get(owner), after(owner, reach), CADENCES.get(genes.pick(4, CADENCES.size()))));
            }
            return channels;
        }

        /** Trust-building measures, the first including every party, each at least two. */
        public List<TrustMeasure> trustMeasures(List<Genes> seeds) {
            int n = partyIds.size();
            List<TrustMeasure> measures = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                int first = genes.pick(0, n);
                // The first measure includes every party; the others at least two.
                int size = i == 0 ? n : Math.min(n, 2 + genes.pick(1, Math.max(1, n - 1)));
                List<String> participants = new ArrayList<>();
                participants.add(partyIds.get(first));
                participants.addAll(after(first, size - 1));
                measures.add(new TrustMeasure("trust-" + (i + 1),
                        TrustMeasureKind.values()[genes.pick(2, TrustMeasureKind.values().length)],
                        Vocabulary.pick(Vocabulary.TRUST_MEASURES, genes.pick(3, Vocabulary.TRUST_MEASURES.size())),
                        participants, TRUST_CADENCES.get(genes.pick(4, TRUST_CADENCES.size()))));
            }
            return measures;
        }

        /** Governance bodies, the first seating every party; chairs are members and quorums fit. */
        public List<GovernanceBody> governanceBodies(List<Genes> seeds) {
            int n = partyIds.size();
            List<GovernanceBody> bodies = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                int first = genes.pick(0, n);
                // The first body seats every party; the others at least two.
                int size = i == 0 ? n : Math.min(n, 2 + genes.pick(1, Math.max(1, n - 1)));
                List<String> members = new ArrayList<>();
                members.add(partyIds.get(first));
                members.addAll(after(first, size - 1));
                DecisionRule rule = switch (genes.pick(3, 4)) {
                    case 0 -> DecisionRule.consensus();
                    case 1 -> DecisionRule.majority();
                    case 2 -> DecisionRule.unanimity();
                    default -> DecisionRule.supermajority(2, 3);
                };
                String name = Vocabulary.pick(Vocabulary.BODIES, i) + (i >= Vocabulary.BODIES.size() ? " " + (i + 1) : "");
                bodies.add(new GovernanceBody("body-" + (i + 1), name, members, members.get(genes.pick(2, size)), rule,
                        1 + genes.pick(4, size), Vocabulary.JOINT_DECISIONS.subList(0, 1 + genes.pick(5, Vocabulary.JOINT_DECISIONS.size()))));
            }
            return bodies;
        }

        /**
         * Protocols between parties, encrypted, with a legal basis from {@code authorityIds}, retention,
         * disposal and a breach window; personal data is never shared onwards freely.
         *
         * @throws IllegalArgumentException if there are protocols to build and no authority
         */
        public List<DataSharingProtocol> protocols(List<Genes> seeds, List<String> authorityIds) {
            if (!seeds.isEmpty() && authorityIds.isEmpty()) {
                throw new IllegalArgumentException("a data-sharing protocol needs a legal authority for its legal basis; none was given");
            }
            int n = partyIds.size();
            List<DataSharingProtocol> protocols = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                int provider = genes.pick(0, n);
                List<String> recipients = after(provider, 1 + genes.pick(1, Math.max(1, n - 1)));
                List<DataSet> dataSets = new ArrayList<>();
                Set<Integer> used = new HashSet<>();
                boolean personal = false;
                for (int d = 0; d <= genes.pick(2, 2); d++) {
                    int index = distinct(genes.pick(3, Vocabulary.DATA_SETS.size()) + d, Vocabulary.DATA_SETS.size(), used);
                    Vocabulary.DataSetWords words = Vocabulary.DATA_SETS.get(index);
                    // Schema 1.1: the details of personal data sets.
                    dataSets.add(words.personal()
                            ? new DataSet(words.id(), words.name(), words.sensitive() ? Classification.CONTROLLED
                                    : Classification.INTERNAL, true, List.of("name", "date of birth", "case number"),
                                    1000L * (1 + genes.pick(1, 500)), List.of("residents served under the agreement"),
                                    genes.chance(7, 3) ? List.of(SpecialCategory.HEALTH) : List.of(),
                                    d == 0 ? DataOrigin.PROVIDED : null, null, null)
                            : new DataSet(words.id(), words.name(), words.sensitive() ? Classification.CONTROLLED
                                    : Classification.INTERNAL, false));
                    personal |= words.personal();
                }
                OnwardSharing onward = personal
                        ? (genes.chance(7, 2) ? OnwardSharing.WITH_PROVIDER_CONSENT : OnwardSharing.PROHIBITED)
                        : OnwardSharing.values()[genes.pick(7, OnwardSharing.values().length)];
                protocols.add(new DataSharingProtocol("protocol-" + (i + 1), partyIds.get(provider), recipients, dataSets,
                        Vocabulary.pick(Vocabulary.PURPOSES, genes.pick(4, Vocabulary.PURPOSES.size())),
                        List.of(authorityIds.get(genes.pick(4, authorityIds.size()))),
                        TransferMethod.values()[genes.pick(5, TransferMethod.values().length)],
                        true, true,
                        RETENTIONS.get(genes.pick(6, RETENTIONS.size())),
                        DisposalMethod.values()[genes.pick(6, DisposalMethod.values().length)],
                        onward,
                        genes.chance(5, 2) ? Duration.ofHours(24) : Duration.ofHours(72),
                        genes.chance(1, 3) ? RetentionStart.END_OF_AGREEMENT : null,
                        personal ? SAFEGUARDS : List.of()));
            }
            return protocols;
        }

        /** General programmes from every party to all others, and one per protocol for its provider and recipients. */
        public List<TrainingProgramme> trainingProgrammes(List<Genes> seeds, List<DataSharingProtocol> protocols) {
            int n = partyIds.size();
            List<TrainingProgramme> programmes = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                int provider = genes.pick(0, n);
                programmes.add(new TrainingProgramme("training-" + (i + 1),
                        Vocabulary.pick(Vocabulary.TRAINING, genes.pick(1, 2)), partyIds.get(provider), after(provider, n - 1),
                        Period.ofYears(1), List.of("Roles under the agreement", "Who to call, and when"), List.of()));
            }
            // Everyone who provides or receives a protocol's data is trained on it.
            for (DataSharingProtocol protocol : protocols) {
                programmes.add(new TrainingProgramme("training-" + protocol.id(), Vocabulary.TRAINING.get(2),
                        protocol.providerAgencyId(), protocol.recipients(), Period.ofYears(1),
                        List.of("Handling " + protocol.dataSets().get(0).name().toLowerCase(Locale.ROOT)),
                        List.of(protocol.id())));
            }
            return programmes;
        }

        /** Escalation paths that cover every responsibility's scope, with distinct forums, time limits and a final resolution. */
        public List<EscalationPath> escalationPaths(List<Genes> seeds, List<GovernanceBody> bodies, List<Responsibility> responsibilities) {
            Set<ScopePath> roots = new LinkedHashSet<>();
            for (Responsibility responsibility : responsibilities) {
                roots.add(ScopePath.of(responsibility.scope().segments().get(0)));
            }
            List<ScopePath> rootList = List.copyOf(roots);
            List<EscalationPath> paths = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                List<EscalationLevel> levels = new ArrayList<>();
                int levelCount = 1 + genes.pick(0, 3);
                for (int l = 0; l < levelCount; l++) {
                    Duration responseTime = RESPONSE_TIMES.get(genes.pick(4 + l, RESPONSE_TIMES.size()));
                    if (l == 1 && !bodies.isEmpty()) {
                        GovernanceBody body = bodies.get(genes.pick(1, bodies.size()));
                        levels.add(new EscalationLevel(body.name(), body.id(), responseTime));
                    } else {
                        levels.add(new EscalationLevel(Vocabulary.FORUMS.get(l), null, responseTime));
                    }
                }
                // The first path covers every scope, by naming none or all the roots; others cover one area.
                List<ScopePath> scopes;
                if (i == 0) {
                    scopes = genes.chance(3, 2) ? rootList : List.of();
                } else {
                    scopes = rootList.isEmpty() ? List.of() : List.of(rootList.get(genes.pick(3, rootList.size())));
                }
                paths.add(new EscalationPath("escalation-" + (i + 1), scopes, levels,
                        FINAL_RESOLUTIONS.get(genes.pick(2, FINAL_RESOLUTIONS.size()))));
            }
            return paths;
        }

        /** Reviews by every party with successes and lessons, the latest within one review cycle before the reference date. */
        public List<Review> reviews(List<Genes> seeds) {
            // The latest review falls within one review cycle before today, so none is overdue.
            LocalDate windowStart = max(term.effective(), REFERENCE_DATE.minus(term.reviewCycle()).plusDays(1));
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                days.add(i == 0
                        ? dayBetween(windowStart, REFERENCE_DATE, genes.pick(0, Integer.MAX_VALUE))
                        : dayBetween(term.effective(), days.get(0), genes.pick(0, Integer.MAX_VALUE)));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(days::get));
            List<Review> reviews = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                Genes genes = seeds.get(order.get(k));
                reviews.add(new Review("review-" + (k + 1), days.get(order.get(k)), partyIds,
                        List.of(Vocabulary.pick(Vocabulary.SUCCESSES, genes.pick(1, Vocabulary.SUCCESSES.size()))),
                        List.of(Vocabulary.pick(Vocabulary.LESSONS, genes.pick(2, Vocabulary.LESSONS.size())))));
            }
            return reviews;
        }

        /** One sponsor per party. */
        public List<Sponsor> sponsors() {
            List<Sponsor> sponsors = new ArrayList<>();
            for (int i = 0; i < partyIds.size(); i++) {
                sponsors.add(new Sponsor(partyIds.get(i), Vocabulary.pick(Vocabulary.PEOPLE, i + 3),
                        Vocabulary.pick(Vocabulary.EXECUTIVE_TITLES, i)));
            }
            return sponsors;
        }

        /** Resource commitments of parties. */
        public List<ResourceCommitment> resourceCommitments(List<Genes> seeds) {
            List<ResourceCommitment> commitments = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                ResourceKind resourceKind = ResourceKind.values()[genes.pick(1, ResourceKind.values().length)];
                @Nullable BigDecimal amount = null;
                @Nullable String unit = null;
                if (resourceKind == ResourceKind.FUNDING) {
                    amount = BigDecimal.valueOf(50_000L * (1 + genes.pick(2, 10)));
                    unit = "USD";
                } else if (resourceKind == ResourceKind.STAFF) {
                    amount = BigDecimal.valueOf(1 + genes.pick(2, 5));
                    unit = "FTE";
                }
                @Nullable DateRange period = genes.chance(3, 2) ? new DateRange(term.effective(), term.expires()) : null;
                // Schema 1.1: funds for half the funding commitments, split into direct cost and overhead.
                @Nullable Funds funds = resourceKind == ResourceKind.FUNDING && amount != null && genes.chance(4, 2)
                        ? new Funds("TAS 070-0700; object class 25.3", lastDay(term),
                                amount.multiply(new BigDecimal("0.9")), amount.multiply(new BigDecimal("0.1")),
                                "Ten percent of the total for administration")
                        : null;
                commitments.add(new ResourceCommitment("resource-" + (i + 1), partyIds.get(genes.pick(0, partyIds.size())),
                        resourceKind, resourceKind.name().toLowerCase(Locale.ROOT) + " for joint operations under the agreement",
                        amount, unit, period, funds));
            }
            return commitments;
        }

        /**
         * One provision per protocol, binding its recipients (schema 1.1): for a computer matching
         * agreement the matching procedures in turn, otherwise return or destruction of the data.
         */
        public List<Provision> provisions(AgreementKind kind, List<DataSharingProtocol> protocols) {
            List<Provision> provisions = new ArrayList<>();
            for (int i = 0; i < protocols.size(); i++) {
                ProvisionTopic topic = kind == AgreementKind.COMPUTER_MATCHING_AGREEMENT
                        ? MATCHING_TOPICS.get(i % MATCHING_TOPICS.size()) : ProvisionTopic.RETURN_OR_DESTRUCTION;
                provisions.add(new Provision("provision-" + (i + 1), topic, "The recipients follow the procedures for "
                        + topic.name().replace('-', ' ') + " that the parties adopt under this agreement.",
                        protocols.get(i).recipients(), null));
            }
            return provisions;
        }

        /** For a computer matching agreement, each party's Data Integrity Board approval before the term (schema 1.1). */
        public List<Approval> approvals(AgreementKind kind) {
            List<Approval> approvals = new ArrayList<>();
            if (kind == AgreementKind.COMPUTER_MATCHING_AGREEMENT) {
                for (int i = 0; i < partyIds.size(); i++) {
                    approvals.add(new Approval("approval-" + (i + 1), ApprovalKind.DATA_INTEGRITY_BOARD, partyIds.get(i),
                            "Data Integrity Board", term.effective().minusDays(45 + i), null));
                }
            }
            return approvals;
        }

        /** For a computer matching agreement, the lead party's Federal Register notice 40 days before the term (schema 1.1). */
        public List<Notice> notices(AgreementKind kind) {
            return kind == AgreementKind.COMPUTER_MATCHING_AGREEMENT
                    ? List.of(new Notice("notice-1", NoticeKind.FEDERAL_REGISTER, partyIds.get(0), null,
                            term.effective().minusDays(40), null))
                    : List.of();
        }

        /** For a computer matching agreement, the Comptroller General's right to audit every recipient (schema 1.1). */
        public List<AuditRight> auditRights(AgreementKind kind, List<DataSharingProtocol> protocols) {
            if (kind != AgreementKind.COMPUTER_MATCHING_AGREEMENT || protocols.isEmpty()) {
                return List.of();
            }
            Set<String> audited = new LinkedHashSet<>();
            protocols.forEach(protocol -> audited.addAll(protocol.recipients()));
            return List.of(new AuditRight("audit-1", AuditorKind.COMPTROLLER_GENERAL, null, List.copyOf(audited),
                    null, null));
        }

        /** One signatory per party, signed before the term takes effect. */
        public List<Signatory> signatories() {
            List<Signatory> signatories = new ArrayList<>();
            for (int i = 0; i < partyIds.size(); i++) {
                signatories.add(new Signatory(partyIds.get(i), Vocabulary.pick(Vocabulary.PEOPLE, i + 3),
                        Vocabulary.pick(Vocabulary.EXECUTIVE_TITLES, i), term.effective().minusDays(1 + (i * 3L) % 20)));
            }
            return signatories;
        }

        /** Amendments approved by every party, effective within the term and before the reference date. */
        public List<Amendment> amendments(List<Genes> seeds) {
            List<Amendment> amendments = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Genes genes = seeds.get(i);
                amendments.add(new Amendment("amendment-" + (i + 1),
                        dayBetween(term.effective(), REFERENCE_DATE, genes.pick(0, Integer.MAX_VALUE)),
                        Vocabulary.pick(Vocabulary.AMENDMENTS, genes.pick(1, Vocabulary.AMENDMENTS.size())), partyIds));
            }
            return amendments;
        }

        /** The {@code count} parties after party {@code index}, wrapping around, never itself. */
        private List<String> after(int index, int count) {
            int n = partyIds.size();
            List<String> ids = new ArrayList<>();
            for (int k = 1; k <= Math.min(count, n - 1); k++) {
                ids.add(partyIds.get((index + k) % n));
            }
            return ids;
        }
    }

    /** The first unused index from {@code start} on, wrapping around, marked used; -1 if all are used. */
    private static int distinct(int start, int size, Set<Integer> used) {
        for (int k = 0; k < size; k++) {
            int index = (start + k) % size;
            if (used.add(index)) {
                return index;
            }
        }
        return -1;
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
