package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Classification;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.TrustMeasureKind;
import org.interagency.agreements.rules.Finding;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.interagency.agreements.testkit.internal.Edits.edit;
import static org.interagency.agreements.testkit.internal.Edits.index;
import static org.interagency.agreements.testkit.internal.Edits.partyId;
import static org.interagency.agreements.testkit.internal.Edits.plus;
import static org.interagency.agreements.testkit.internal.Edits.update;
import static org.interagency.agreements.testkit.internal.Edits.updateAll;
import static org.interagency.agreements.testkit.internal.Edits.without;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One defect per built-in rule: how to break a valid agreement so that the rule fires.
 *
 * <p>Each defect starts from a valid agreement of a suitable size (with a protocol, for the
 * data rules; with three parties, where removing one party from a group must leave a group)
 * and applies one edit, steered by a random choice (which party, which goal…). Where breaking
 * one rule necessarily breaks another, the defect names that rule as a companion.
 */
@API(status = INTERNAL, since = "0.1")
public final class DefectCatalogue {

    /** An agency id that is never a party to a generated agreement. */
    public static final String UNKNOWN_AGENCY = Vocabulary.INJECTED_PREFIX + "agency";

    /** Latin letters that look exactly like a Cyrillic letter, and those letters, at the same positions. */
    private static final String LATIN_TWINS = "aceopxyABCEHKMOPTX";
    private static final String CYRILLIC_TWINS =
            "\u0430\u0441\u0435\u043E\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041D\u041A\u041C\u041E\u0420\u0422\u0425";

    /**
     * How to break agreements for one rule.
     *
     * @param ruleId the rule that fires on the broken agreements
     * @param base the size of the valid agreements to start from
     * @param edit the edit, given a valid agreement and a random choice
     * @param companions rules that may fire as well, because the edit cannot avoid them
     * @param pack the legal pack the rule belongs to ({@code us-cma}), whose id the broken
     *     agreements claim so that a validator that knows the pack runs it; empty for the rules of
     *     the principles
     * @param before the agreement before the injection, given the valid one: the valid agreement
     *     itself, or (for a defect made by {@link #injected}) the agreement that falls under the
     *     pack and satisfies the rule, which {@code edit} then breaks
     */
    @API(status = INTERNAL, since = "0.1")
    public record Defect(String ruleId, SizeSpec base, BiFunction<Agreement, Integer, Agreement> edit, Set<String> companions,
            String pack, UnaryOperator<Agreement> before) {

        /** A defect of a rule of the principles. */
        public Defect(String ruleId, SizeSpec base, BiFunction<Agreement, Integer, Agreement> edit, Set<String> companions) {
            this(ruleId, base, edit, companions, "");
        }

        /** A defect of a pack's rule, made by editing the valid agreement directly. */
        public Defect(String ruleId, SizeSpec base, BiFunction<Agreement, Integer, Agreement> edit, Set<String> companions,
                String pack) {
            this(ruleId, base, edit, companions, pack, UnaryOperator.identity());
        }

        /**
         * A defect of a pack's rule in two steps: {@code before} makes the valid agreement fall under
         * the pack and satisfy the rule, and {@code breach} then breaks exactly what the rule checks.
         */
        public static Defect injected(String ruleId, SizeSpec base, String pack, UnaryOperator<Agreement> before,
                BiFunction<Agreement, Integer, Agreement> breach) {
            return new Defect(ruleId, base, (a, c) -> breach.apply(before.apply(a), c), Set.of(), pack, before);
        }
    }

    /**
     * How to make two versions of an agreement for a rule that compares them.
     *
     * @param ruleId the rule that fires on the later version checked with the earlier one
     * @param base the size of the valid agreements to start from
     * @param edit makes both versions, given a valid agreement and a random choice
     */
    @API(status = INTERNAL, since = "0.1")
    public record VersionDefect(String ruleId, SizeSpec base,
            BiFunction<Agreement, Integer, org.interagency.agreements.testkit.AgreementVersions> edit) {
    }

    /**
     * How to make a portfolio for a rule that checks agreements together ({@code
     * PortfolioRule}): from a valid agreement and a choice, the portfolio before and after the
     * defect.
     *
     * @param ruleId the id of the rule
     * @param base the size of the valid agreement the portfolio is made from
     * @param edit makes the portfolios from the valid agreement and a choice
     */
    @API(status = INTERNAL, since = "0.1")
    public record PortfolioDefect(String ruleId, SizeSpec base,
            BiFunction<Agreement, Integer, org.interagency.agreements.testkit.Defects.PortfolioInjection> edit) {
    }

    private static final Map<String, Defect> DEFECTS = catalogue();

    private static final Map<String, PortfolioDefect> PORTFOLIO_DEFECTS = Map.of("us-iaa.order-within-gtc",
            new PortfolioDefect("us-iaa.order-within-gtc", PackSatisfaction.BASE, IaaDefects::orderOutsideGeneralTerms));

    private static final Map<String, VersionDefect> VERSION_DEFECTS = Map.of("us-cma.renewal-without-change",
            new VersionDefect("us-cma.renewal-without-change", SizeSpec.DEFAULT, DefectCatalogue::changedRenewal));

    private DefectCatalogue() {
    }

    /** The generators of portfolios, by rule id. */
    public static Map<String, PortfolioDefect> portfolioDefects() {
        return PORTFOLIO_DEFECTS;
    }

    /** The generators of two versions, by rule id. */
    public static Map<String, VersionDefect> versionDefects() {
        return VERSION_DEFECTS;
    }

    /**
     * A computer matching agreement (version 1) and its renewal (version 2, the same agreement
     * but for its lineage and one material change of the program, which {@code c} picks).
     */
    private static org.interagency.agreements.testkit.AgreementVersions changedRenewal(Agreement a, int c) {
        Agreement previous = edit(a).kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).claims(List.of("us-cma"))
                .lineage(new Lineage("1", null, null)).build();
        AgreementBuilder renewal = edit(previous).lineage(new Lineage("2", null, new AgreementVersion(a.id(), "1")));
        int choice = index(c, 3);
        if (choice == 1 && !previous.dataSharingProtocols().isEmpty()) {
            renewal.dataSharingProtocols(update(previous.dataSharingProtocols(), index(c / 3, previous.dataSharingProtocols().size()),
                    p -> protocol(p).purpose(p.purpose() + " And for any other purpose.").build()));
        } else if (choice == 2) {
            renewal.authorities(plus(previous.authorities(), new LegalAuthority("zz-new-authority", "5 U.S.C. 552a(b)(3)",
                    "A routine use added at renewal")));
        } else {
            renewal.parties(plus(previous.parties(), new Party("zz-new-agency", "New Agency", Jurisdiction.of("us"), null,
                    List.of(PartyRole.PARTICIPANT), List.of())));
        }
        return new org.interagency.agreements.testkit.AgreementVersions(previous, renewal.build());
    }

    /** The defects, by rule id, in id order. */
    public static Map<String, Defect> defects() {
        return DEFECTS;
    }

    private static Map<String, Defect> catalogue() {
        SizeSpec any = SizeSpec.DEFAULT;
        SizeSpec bounded = any.withExpiringTermsOnly(true);
        SizeSpec threeParties = any.withParties(3, 6);
        SizeSpec withProtocol = any.withProtocols(1, 3);
        SizeSpec withResponsibility = any.withResponsibilities(1, 8);
        Map<String, Defect> d = new TreeMap<>();

        put(d, Finding.BEAN_VALIDATION_RULE_ID, any, (a, c) -> edit(a).title(" ").build());

        // FOUNDATIONS
        put(d, "refs.duplicate-id", any, DefectCatalogue::duplicateId);
        put(d, "refs.unknown-agency", any, DefectCatalogue::unknownAgency);
        put(d, "refs.unknown-reference", any, (a, c) -> index(c, 2) == 0
                ? edit(a).milestones(plus(a.milestones(), new Milestone(Vocabulary.INJECTED_PREFIX + "milestone",
                        Vocabulary.INJECTED_PREFIX + "goal", "Checkpoint of a goal that is not in the agreement",
                        a.term().effective(), null))).build()
                : edit(a).escalationPaths(update(a.escalationPaths(), 0, p -> new EscalationPath(p.id(), p.scopes(),
                        update(p.levels(), 0, l -> new EscalationLevel(l.forum(), Vocabulary.INJECTED_PREFIX + "body",
                                l.responseTime())), p.finalResolution()))).build());
        d.put("parties.too-few", new Defect("parties.too-few", any.withParties(1, 1).withProtocols(0, 0),
                (a, c) -> a, Set.of("trust.single-agency", "training.single-agency")));
        put(d, "parties.parent-cycle", any, (a, c) -> {
            int p = index(c, a.parties().size());
            int q = (p + 1) % a.parties().size();
            String pId = a.parties().get(p).agencyId();
            String qId = a.parties().get(q).agencyId();
            return edit(a).parties(update(update(a.parties(), p, x -> parent(x, qId)), q, x -> parent(x, pId))).build();
        });
        put(d, "term.expired-in-force", any, (a, c) -> {
            Term t = a.term();
            LocalDate expires = Assembler.REFERENCE_DATE.minusDays(1 + index(c, 20));
            LocalDate effective = t.effective().isAfter(expires) ? expires : t.effective();
            return edit(Edits.fitTo(a, new Term(effective, expires, t.renewal(), t.reviewCycle())))
                    .status(AgreementStatus.IN_FORCE).build();
        });
        CmaDefects.register(d, withProtocol);
        HipaaDefects.register(d, withProtocol);
        gdprDefects(d, withProtocol.withParties(2, 6));
        icoDefects(d, withProtocol);
        emacDefects(d, any.withParties(2, 6));
        IaaDefects.register(d);
        put(d, "term.no-authority", any, (a, c) -> edit(a)
                .authorities(List.of())
                .dataSharingProtocols(updateAll(a.dataSharingProtocols(), p -> protocol(p)
                        .legalBasis(List.of())
                        .dataSets(updateAll(p.dataSets(), s -> new DataSet(s.id(), s.name(), Classification.INTERNAL, false)))
                        .build()))
                .build());
        put(d, "versions.lineage", any, (a, c) -> {
            // A version that supersedes (or renews) itself, or a later version of itself.
            String version = Integer.toString(1 + index(c, 9));
            AgreementVersion named = new AgreementVersion(a.id(), index(c, 2) == 0 ? version : version + ".1");
            return edit(a).lineage(c % 3 == 0 ? new Lineage(version, null, named) : new Lineage(version, named, null)).build();
        });
        put(d, "text.mixed-script", any, (a, c) -> edit(a).parties(update(a.parties(), index(c, a.parties().size()),
                p -> new Party(p.agencyId(), withCyrillicTwin(p.name(), c / 7), p.jurisdiction(), p.parentAgencyId(),
                        p.roles(), p.contacts()))).build());

        // SHARED_VISION
        put(d, "vision.missing", any, (a, c) -> edit(a).vision(index(c, 2) == 0 ? null : "  ").build());
        put(d, "vision.no-goals", any, (a, c) -> edit(a).goals(List.of()).milestones(List.of()).build());
        put(d, "vision.goal-without-measure", any, (a, c) -> edit(a).goals(update(a.goals(), index(c, a.goals().size()),
                g -> new Goal(g.id(), g.statement(), List.of(), g.contributors(), g.due()))).build());
        put(d, "vision.goal-due-after-term", bounded, (a, c) -> {
            LocalDate after = Assembler.lastDay(a.term()).plusDays(1 + index(c, 300));
            return edit(a).goals(update(a.goals(), index(c, a.goals().size()),
                    g -> new Goal(g.id(), g.statement(), g.measures(), g.contributors(), after))).build();
        });
        put(d, "vision.party-without-goal", any, (a, c) -> {
            String p = partyId(a, c);
            return edit(a).goals(updateAll(a.goals(), g -> new Goal(g.id(), g.statement(), g.measures(),
                    without(g.contributors(), p::equals), g.due()))).build();
        });

        // ROLES_AND_RESPONSIBILITIES
        put(d, "roles.accountable-overlap", withResponsibility, (a, c) -> addAssignment(a, c, RaciRole.ACCOUNTABLE));
        put(d, "roles.responsible-duplicate", withResponsibility, (a, c) -> {
            // The same work listed again, with another agency responsible at the same place and time.
            Responsibility r = a.responsibilities().get(index(c, a.responsibilities().size()));
            Assignment responsible = r.assignments().stream().filter(x -> x.role() == RaciRole.RESPONSIBLE).findFirst().orElseThrow();
            String other = otherParty(a, c, responsible.agencyId());
            Responsibility twin = new Responsibility(Vocabulary.INJECTED_PREFIX + "responsibility", r.scope(),
                    "The same work, listed a second time for another agency.",
                    List.of(new Assignment(other, RaciRole.RESPONSIBLE, responsible.jurisdiction(), responsible.period())));
            return edit(a).responsibilities(plus(a.responsibilities(), twin)).build();
        });
        put(d, "roles.accountability-gap", withResponsibility, (a, c) -> editResponsibility(a, c, r -> without(r.assignments(),
                x -> x.role() == RaciRole.ACCOUNTABLE)));
        put(d, "roles.assignee-not-party", withResponsibility, (a, c) -> editResponsibility(a, c, r -> plus(r.assignments(),
                new Assignment(UNKNOWN_AGENCY, RaciRole.INFORMED, placeOf(r), null))));
        put(d, "roles.no-responsible", withResponsibility, (a, c) -> editResponsibility(a, c, r -> without(r.assignments(),
                x -> x.role() == RaciRole.RESPONSIBLE)));
        put(d, "roles.assignment-outside-term", withResponsibility, (a, c) -> {
            LocalDate effective = a.term().effective();
            DateRange early = DateRange.of(effective.minusDays(1 + index(c, 60)), effective.plusDays(30));
            return editResponsibility(a, c, r -> plus(r.assignments(),
                    new Assignment(partyId(a, c), RaciRole.CONSULTED, placeOf(r), early)));
        });

        // COMMUNICATION
        put(d, "comms.party-without-contact", any, (a, c) -> edit(a).parties(update(a.parties(), index(c, a.parties().size()),
                p -> new Party(p.agencyId(), p.name(), p.jurisdiction(), p.parentAgencyId(), p.roles(), List.of()))).build());
        put(d, "comms.no-channel-reaches-all", any, (a, c) -> edit(a).channels(List.of()).build());
        put(d, "comms.cadence-exceeds-review-cycle", any, (a, c) -> edit(a).channels(update(a.channels(),
                index(c, a.channels().size()), ch -> new CommunicationChannel(ch.id(), ch.kind(), ch.name(), ch.ownerAgencyId(),
                        ch.participants(), a.term().reviewCycle().plusYears(1)))).build());

        // TRUST_BUILDING
        put(d, "trust.no-measures", any, (a, c) -> edit(a).trustMeasures(List.of()).build());
        put(d, "trust.single-agency", any, (a, c) -> edit(a).trustMeasures(plus(a.trustMeasures(),
                new TrustMeasure(Vocabulary.INJECTED_PREFIX + "measure", TrustMeasureKind.RECOGNITION,
                        "Annual award for the agency's own staff", List.of(partyId(a, c)), Period.ofYears(1)))).build());
        put(d, "trust.party-excluded", threeParties, (a, c) -> {
            String p = partyId(a, c);
            List<TrustMeasure> measures = new ArrayList<>();
            for (TrustMeasure m : a.trustMeasures()) {
                List<String> rest = without(m.participants(), p::equals);
                if (rest.size() >= 2) {
                    measures.add(new TrustMeasure(m.id(), m.kind(), m.description(), rest, m.cadence()));
                }
            }
            return edit(a).trustMeasures(measures).build();
        });

        // JOINT_DECISION_MAKING
        put(d, "governance.no-body", any, (a, c) -> edit(a)
                .governanceBodies(List.of())
                .escalationPaths(updateAll(a.escalationPaths(), p -> new EscalationPath(p.id(), p.scopes(),
                        updateAll(p.levels(), l -> new EscalationLevel(l.forum(), null, l.responseTime())), p.finalResolution())))
                .build());
        put(d, "governance.quorum-exceeds-members", any, (a, c) -> edit(a).governanceBodies(update(a.governanceBodies(),
                index(c, a.governanceBodies().size()), b -> body(b, b.members(), b.chairAgencyId(), b.members().size() + 1))).build());
        put(d, "governance.chair-not-member", any, (a, c) -> {
            String p = partyId(a, c);
            List<String> others = without(new ArrayList<>(a.partyIds()), p::equals);
            return edit(a).governanceBodies(plus(a.governanceBodies(), new GovernanceBody(Vocabulary.INJECTED_PREFIX + "body",
                    "Executive Committee", others, p, DecisionRule.consensus(), 1, List.of()))).build();
        });
        put(d, "governance.party-outside-bodies", threeParties, (a, c) -> {
            String p = partyId(a, c);
            return edit(a).governanceBodies(updateAll(a.governanceBodies(), b -> {
                List<String> members = without(b.members(), p::equals);
                String chair = b.chairAgencyId().equals(p) ? members.get(0) : b.chairAgencyId();
                return body(b, members, chair, Math.min(b.quorum(), members.size()));
            })).build();
        });

        // INFORMATION_SHARING
        put(d, "data.protected-unencrypted", withProtocol, (a, c) -> editProtocol(a, c, p -> index(c / 2, 2) == 0
                ? protocol(p).encryptedAtRest(false) : protocol(p).encryptedInTransit(false)));
        put(d, "data.protected-without-legal-basis", withProtocol, (a, c) -> editProtocol(a, c, p -> protocol(p).legalBasis(List.of())));
        put(d, "data.protected-without-retention", withProtocol, (a, c) -> editProtocol(a, c, p -> protocol(p).retention(null).retentionStart(null)));
        put(d, "data.protected-without-breach-window", withProtocol, (a, c) -> editProtocol(a, c,
                p -> protocol(p).breachNotificationWindow(null)));
        put(d, "data.retention-without-disposal", withProtocol, (a, c) -> editProtocol(a, c,
                p -> protocol(p).retention(Period.ofYears(100)).disposal(null)));
        d.put("data.party-not-in-agreement", new Defect("data.party-not-in-agreement", withProtocol, (a, c) -> editProtocol(a, c,
                p -> protocol(p).recipients(plus(p.recipients(), UNKNOWN_AGENCY))), Set.of("training.party-untrained-on-protocol")));
        put(d, "data.no-recipients", withProtocol, (a, c) -> editProtocol(a, c, p -> protocol(p).recipients(List.of())));
        put(d, "data.personal-onward-sharing", withProtocol, (a, c) -> editProtocol(a, c,
                p -> protocol(p).onwardSharing(OnwardSharing.PERMITTED)));

        // TRAINING
        put(d, "training.none", any.withProtocols(0, 0), (a, c) -> edit(a).trainingProgrammes(List.of()).build());
        put(d, "training.single-agency", any, (a, c) -> {
            String p = partyId(a, c);
            return edit(a).trainingProgrammes(plus(a.trainingProgrammes(), new TrainingProgramme(
                    Vocabulary.INJECTED_PREFIX + "training", "In-house induction", p, index(c / 2, 2) == 0 ? List.of() : List.of(p),
                    Period.ofYears(1), List.of("The agency's own procedures"), List.of()))).build();
        });
        put(d, "training.party-untrained-on-protocol", withProtocol, (a, c) -> {
            String protocol = a.dataSharingProtocols().get(index(c, a.dataSharingProtocols().size())).id();
            return edit(a).trainingProgrammes(updateAll(a.trainingProgrammes(), t -> new TrainingProgramme(t.id(), t.title(),
                    t.providerAgencyId(), t.audience(), t.cadence(), t.topics(), without(t.protocols(), protocol::equals)))).build();
        });

        // CONFLICT_RESOLUTION
        put(d, "escalation.none", any, (a, c) -> edit(a).escalationPaths(List.of()).build());
        put(d, "escalation.cycle", any, (a, c) -> editPath(a, c, p -> new EscalationPath(p.id(), p.scopes(),
                plus(p.levels(), p.levels().get(0)), p.finalResolution())));
        put(d, "escalation.no-final-resolution", any, (a, c) -> editPath(a, c,
                p -> new EscalationPath(p.id(), p.scopes(), p.levels(), null)));
        put(d, "escalation.level-without-time-limit", any, (a, c) -> editPath(a, c, p -> new EscalationPath(p.id(), p.scopes(),
                update(p.levels(), index(c / 2, p.levels().size()), l -> new EscalationLevel(l.forum(), l.governanceBodyId(), null)),
                p.finalResolution())));
        put(d, "escalation.scope-uncovered", withResponsibility, (a, c) -> edit(a).escalationPaths(updateAll(a.escalationPaths(),
                p -> new EscalationPath(p.id(), List.of(ScopePath.of(Vocabulary.INJECTED_PREFIX + "area")), p.levels(),
                        p.finalResolution()))).build());

        // LEARNING
        put(d, "learning.goal-without-milestone", any, (a, c) -> {
            String goal = a.goals().get(index(c, a.goals().size())).id();
            return edit(a).milestones(without(a.milestones(), m -> m.goalId().equals(goal))).build();
        });
        put(d, "learning.review-overdue", any, (a, c) -> {
            Term t = a.term();
            LocalDate held = Assembler.REFERENCE_DATE.minus(t.reviewCycle()).minusDays(1 + index(c, 300));
            LocalDate effective = held.isBefore(t.effective()) ? held : t.effective();
            Review last = a.reviews().get(0);
            // A longer term may break the limits on computer matching agreements: make it an MOU.
            AgreementKind kind = a.kind() == AgreementKind.COMPUTER_MATCHING_AGREEMENT
                    ? AgreementKind.MEMORANDUM_OF_UNDERSTANDING : a.kind();
            return edit(Edits.startEarlier(a, new Term(effective, t.expires(), t.renewal(), t.reviewCycle())))
                    .kind(kind)
                    .status(AgreementStatus.IN_FORCE)
                    .reviews(List.of(new Review(last.id(), held, last.participants(), last.successes(), last.lessonsLearned())))
                    .build();
        });
        put(d, "learning.review-without-lessons", any, (a, c) -> edit(a).reviews(update(a.reviews(), index(c, a.reviews().size()),
                r -> index(c / 2, 2) == 0
                        ? new Review(r.id(), r.heldOn(), r.participants(), r.successes(), List.of())
                        : new Review(r.id(), r.heldOn(), r.participants(), List.of(), r.lessonsLearned()))).build());

        // LEADERSHIP
        put(d, "leadership.party-without-sponsor", any, (a, c) -> {
            String p = partyId(a, c);
            return edit(a).sponsors(without(a.sponsors(), (Sponsor s) -> s.agencyId().equals(p))).build();
        });
        put(d, "leadership.in-force-unsigned", any, (a, c) -> {
            String p = partyId(a, c);
            return edit(a).status(AgreementStatus.IN_FORCE).signatories(without(a.signatories(), s -> s.agencyId().equals(p))).build();
        });
        put(d, "leadership.no-resources", any, (a, c) -> edit(a).resourceCommitments(List.of()).build());
        return Collections.unmodifiableMap(d);
    }

    /**
     * The defects of the eu-gdpr pack (GDPR Arts. 26 and 28(3)): each makes the first protocol
     * share personal data between parties in Ireland, its provider and first recipient joint
     * controllers (the Art. 26 rules) or a controller and its processor (the Art. 28 rules), and
     * claims the pack; each then removes what its rule looks for (the provisions on its topic, the
     * audit rights…), so that it is a defect also in an agreement that satisfies the pack.
     */
    private static void gdprDefects(Map<String, Defect> d, SizeSpec base) {
        // Each removes the provisions on its topic, so that the defect is one also in an agreement that states them.
        Map<String, ProvisionTopic> jointTopics = Map.of("eu-gdpr.joint-data-subject-rights", ProvisionTopic.INDIVIDUAL_RIGHTS,
                "eu-gdpr.joint-information-duties", ProvisionTopic.TRANSPARENCY,
                "eu-gdpr.joint-contact-point", ProvisionTopic.CONTACT_POINT,
                "eu-gdpr.joint-essence-available", ProvisionTopic.ESSENCE_AVAILABLE);
        jointTopics.forEach((rule, topic) -> putPack(d, rule, base, "eu-gdpr",
                (a, c) -> PackSatisfaction.withoutProvisions(gdprGoverned(a, false), topic)));
        // A third joint controller with no share in the arrangement.
        putPack(d, "eu-gdpr.joint-arrangement", base, "eu-gdpr", (a, c) -> {
            Agreement joint = gdprGoverned(a, false);
            Party controller = joint.parties().stream().filter(p -> p.hasLegalRole(LegalRole.JOINT_CONTROLLER)).findFirst()
                    .orElseThrow();
            Party idle = PartyBuilder.builder(controller).agencyId(Vocabulary.INJECTED_PREFIX + "controller")
                    .name("Joint controller with no part").build();
            return edit(joint).parties(plus(joint.parties(), idle)).build();
        });
        Map<String, ProvisionTopic> processor = Map.of("eu-gdpr.processor-instructions", ProvisionTopic.PROCESSOR_INSTRUCTIONS,
                "eu-gdpr.processor-confidentiality", ProvisionTopic.CONFIDENTIALITY,
                "eu-gdpr.processor-subprocessors", ProvisionTopic.SUBPROCESSOR_AUTHORISATION,
                "eu-gdpr.processor-rights-assistance", ProvisionTopic.RIGHTS_REQUEST_ASSISTANCE,
                "eu-gdpr.processor-compliance-assistance", ProvisionTopic.COMPLIANCE_ASSISTANCE,
                "eu-gdpr.processor-infringing-instruction", ProvisionTopic.INFRINGING_INSTRUCTION_NOTICE);
        processor.forEach((rule, topic) -> putPack(d, rule, base, "eu-gdpr",
                (a, c) -> PackSatisfaction.withoutProvisions(gdprGoverned(a, true), topic)));
        // The personal data set says neither what it holds nor whose data it is.
        putPack(d, "eu-gdpr.processor-data-and-subjects", base, "eu-gdpr", (a, c) -> firstProtocol(gdprGoverned(a, true),
                p -> protocol(p).dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s).dataElements(List.of())
                        .dataSubjectCategories(List.of()).build()))));
        putPack(d, "eu-gdpr.processor-security", base, "eu-gdpr", (a, c) -> firstProtocol(gdprGoverned(a, true),
                p -> protocol(p).encryptedInTransit(false).encryptedAtRest(false).safeguards(List.of())));
        putPack(d, "eu-gdpr.processor-delete-or-return", base, "eu-gdpr", (a, c) -> firstProtocol(gdprGoverned(a, true),
                p -> protocol(p).disposal(index(c, 2) == 0 ? null : DisposalMethod.ARCHIVAL)));
        putPack(d, "eu-gdpr.processor-audits", base, "eu-gdpr", (a, c) -> edit(gdprGoverned(a, true)).auditRights(List.of()).build());
    }

    /**
     * The first protocol's provider and first recipient as GDPR roles, both in Ireland, sharing
     * personal data: joint controllers, or a controller and its processor.
     */
    private static Agreement gdprGoverned(Agreement a, boolean processor) {
        DataSharingProtocol first = a.dataSharingProtocols().get(0);
        String provider = first.providerAgencyId();
        String recipient = first.recipients().isEmpty() || first.recipients().get(0).equals(provider)
                ? otherParty(a, 0, provider) : first.recipients().get(0);
        List<Party> parties = updateAll(a.parties(), p -> p.agencyId().equals(provider) || p.agencyId().equals(recipient)
                ? PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("ie"))
                        .legalRoles(List.of(p.agencyId().equals(provider)
                                ? (processor ? LegalRole.CONTROLLER : LegalRole.JOINT_CONTROLLER)
                                : (processor ? LegalRole.PROCESSOR : LegalRole.JOINT_CONTROLLER))).build()
                : p);
        Agreement governed = edit(a).parties(parties).claims(List.of("eu-gdpr")).build();
        return firstProtocol(governed, p -> protocol(p).recipients(p.recipients().contains(recipient) ? p.recipients()
                : plus(p.recipients(), recipient)).dataSets(update(p.dataSets(), 0,
                        s -> DataSetBuilder.builder(s).personalData(true).build())));
    }

    /**
     * The defects of the uk-ico-dsa pack: each puts the first party in the United Kingdom, makes
     * the first protocol share personal data, and claims the pack; each then removes what its rule
     * looks for, so that it is a defect also in an agreement that satisfies the pack (the
     * controller-roles defect takes every party's legal roles away).
     */
    private static void icoDefects(Map<String, Defect> d, SizeSpec base) {
        // Each removes what its rule looks for, so that the defect is one also in an agreement that states it.
        Map<String, ProvisionTopic> required = Map.of("uk-ico.lawful-basis-recorded", ProvisionTopic.LAWFUL_BASIS,
                "uk-ico.individual-rights", ProvisionTopic.INDIVIDUAL_RIGHTS, "uk-ico.data-quality", ProvisionTopic.DATA_QUALITY,
                "uk-ico.sanctions", ProvisionTopic.SANCTIONS);
        required.forEach((rule, topic) -> putPack(d, rule, base, "uk-ico-dsa",
                (a, c) -> PackSatisfaction.withoutProvisions(icoGoverned(a), topic)));
        putPack(d, "uk-ico.controller-roles", base, "uk-ico-dsa", (a, c) -> {
            Agreement governed = icoGoverned(a);
            return edit(governed).parties(updateAll(governed.parties(),
                    p -> PartyBuilder.builder(p).legalRoles(List.of()).build())).build();
        });
        putPack(d, "uk-ico.data-items", base, "uk-ico-dsa", (a, c) -> firstProtocol(icoGoverned(a), p -> protocol(p)
                .dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s).dataElements(List.of()).build()))));
        putPack(d, "uk-ico.special-category-conditions", base, "uk-ico-dsa", (a, c) -> firstProtocol(
                PackSatisfaction.withoutProvisions(icoGoverned(a), ProvisionTopic.SPECIAL_CATEGORY_CONDITIONS),
                p -> protocol(p).dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s)
                        .specialCategories(List.of(index(c, 2) == 0 ? SpecialCategory.HEALTH : SpecialCategory.CRIMINAL_OFFENCES))
                        .build()))));
        putPack(d, "uk-ico.retention-and-deletion", base, "uk-ico-dsa", (a, c) -> firstProtocol(icoGoverned(a),
                p -> index(c, 2) == 0 ? protocol(p).disposal(DisposalMethod.ARCHIVAL) : protocol(p).retention(null).retentionStart(null)));
        putPack(d, "uk-ico.security", base, "uk-ico-dsa", (a, c) -> firstProtocol(icoGoverned(a),
                p -> protocol(p).encryptedInTransit(false).encryptedAtRest(false).safeguards(List.of())));
    }

    private static Agreement icoGoverned(Agreement a) {
        Agreement governed = edit(a).parties(update(a.parties(), 0, p -> PartyBuilder.builder(p)
                .jurisdiction(Jurisdiction.of("gb", "eng")).build())).claims(List.of("uk-ico-dsa")).build();
        return firstProtocol(governed, p -> protocol(p).dataSets(update(p.dataSets(), 0,
                s -> DataSetBuilder.builder(s).personalData(true).build())));
    }

    /**
     * The defects of the us-emac pack: each makes the agreement a mutual-aid mission in which the
     * first party, Louisiana's, requests and the second, Texas's, assists with personnel, and
     * claims the pack; the explanations of what applies by law are found on every such mission.
     */
    private static void emacDefects(Map<String, Defect> d, SizeSpec base) {
        for (String rule : List.of("us-emac.licenses-and-permits", "us-emac.liability", "us-emac.workers-compensation")) {
            putPack(d, rule, base, "us-emac", (a, c) -> emacGoverned(a));
        }
        putPack(d, "us-emac.requesting-and-assisting", base, "us-emac", (a, c) -> {
            // No requesting state, or no assisting one: every party of that role (a generated
            // agreement may have more than the two the mission sets up) becomes a participant.
            Agreement mission = emacGoverned(a);
            PartyRole dropped = index(c, 2) == 0 ? PartyRole.REQUESTING : PartyRole.RESPONDING;
            return edit(mission).parties(updateAll(mission.parties(), p -> p.hasRole(dropped)
                    ? PartyBuilder.builder(p).roles(List.of(PartyRole.PARTICIPANT)).build() : p)).build();
        });
        putPack(d, "us-emac.resources", base, "us-emac", (a, c) -> {
            Agreement mission = emacGoverned(a);
            String assisting = mission.parties().get(1).agencyId();
            return edit(mission).resourceCommitments(index(c, 2) == 0
                    ? without(mission.resourceCommitments(), r -> r.agencyId().equals(assisting))
                    : updateAll(mission.resourceCommitments(), r -> r.agencyId().equals(assisting)
                            ? new ResourceCommitment(r.id(), r.agencyId(), r.kind(), r.description(), r.amount(), r.unit(), null, null)
                            : r)).build();
        });
        putPack(d, "us-emac.reimbursement", base, "us-emac", (a, c) -> edit(emacGoverned(a)).payment(null).build());
    }

    private static Agreement emacGoverned(Agreement a) {
        List<Party> parties = update(update(a.parties(), 0, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("us", "la"))
                .governmentLevel(GovernmentLevel.STATE).roles(List.of(PartyRole.REQUESTING)).build()),
                1, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("us", "tx"))
                        .governmentLevel(GovernmentLevel.STATE).roles(List.of(PartyRole.RESPONDING)).build());
        String assisting = parties.get(1).agencyId();
        ResourceCommitment team = new ResourceCommitment(Vocabulary.INJECTED_PREFIX + "team", assisting, ResourceKind.STAFF,
                "Swift-water rescue team", BigDecimal.valueOf(14), "persons", null);
        return edit(a).kind(AgreementKind.MUTUAL_AID).parties(parties).resourceCommitments(plus(a.resourceCommitments(), team))
                .claims(List.of("us-emac")).build();
    }

    private static Agreement firstProtocol(Agreement a, Function<DataSharingProtocol, DataSharingProtocolBuilder> f) {
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), 0, p -> f.apply(p).build())).build();
    }

    /**
     * A defect of a pack's rule injected into an agreement that satisfies the pack ({@link
     * PackSatisfaction}): the rule fires on it, and not on the agreement before the edit.
     */
    private static void putPack(Map<String, Defect> d, String ruleId, SizeSpec base, String pack,
            BiFunction<Agreement, Integer, Agreement> edit) {
        d.put(ruleId, Defect.injected(ruleId, base, pack, PackSatisfaction.satisfier(pack), edit));
    }

    private static void put(Map<String, Defect> d, String ruleId, SizeSpec base, BiFunction<Agreement, Integer, Agreement> edit) {
        d.put(ruleId, new Defect(ruleId, base, edit, Set.of()));
    }

    /**
     * {@code name} with one Latin letter next to another Latin letter (so that its word keeps a
     * Latin letter) replaced by its Cyrillic twin, the one {@code c} picks: "Agen\u0441y" with a
     * Cyrillic {@code с}. A name without such a letter gets a word that mixes, " \u041Effice".
     */
    private static String withCyrillicTwin(String name, int c) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            boolean besideLatin = i > 0 && isAsciiLetter(name.charAt(i - 1))
                    || i + 1 < name.length() && isAsciiLetter(name.charAt(i + 1));
            if (LATIN_TWINS.indexOf(name.charAt(i)) >= 0 && besideLatin) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return name + " \u041Effice";
        }
        int at = candidates.get(index(c, candidates.size()));
        return name.substring(0, at) + CYRILLIC_TWINS.charAt(LATIN_TWINS.indexOf(name.charAt(at))) + name.substring(at + 1);
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    /** A party other than {@code agencyId}, picked by {@code c}. */
    private static String otherParty(Agreement a, int c, String agencyId) {
        List<String> others = without(new ArrayList<>(a.partyIds()), agencyId::equals);
        return others.get(index(c / 7, others.size()));
    }

    /**
     * Where the responsibility's first assignment applies: an added assignment that applies there
     * too leaves the places that need an accountable agency unchanged.
     */
    private static @Nullable Jurisdiction placeOf(Responsibility r) {
        return r.assignments().isEmpty() ? null : r.assignments().get(0).jurisdiction();
    }

    private static Party parent(Party p, String parentId) {
        return new Party(p.agencyId(), p.name(), p.jurisdiction(), parentId, p.roles(), p.contacts());
    }

    private static GovernanceBody body(GovernanceBody b, List<String> members, String chair, int quorum) {
        return new GovernanceBody(b.id(), b.name(), members, chair, b.decisionRule(), quorum, b.jointDecisions());
    }

    private static DataSharingProtocolBuilder protocol(DataSharingProtocol p) {
        return DataSharingProtocolBuilder.builder(p);
    }

    /** Edits the assignments of the responsibility {@code c} picks. */
    private static Agreement editResponsibility(Agreement a, int c,
            Function<Responsibility, List<Assignment>> assignments) {
        return edit(a).responsibilities(update(a.responsibilities(), index(c, a.responsibilities().size()),
                r -> new Responsibility(r.id(), r.scope(), r.description(), assignments.apply(r)))).build();
    }

    /** Adds an assignment with {@code role} for the whole territory and term, to a party that does not yet hold it. */
    private static Agreement addAssignment(Agreement a, int c, RaciRole role) {
        return editResponsibility(a, c, r -> {
            Set<String> holders = new HashSet<>();
            for (Assignment x : r.assignments()) {
                if (x.role() == role) {
                    holders.add(x.agencyId());
                }
            }
            List<String> ids = new ArrayList<>(a.partyIds());
            String other = ids.get(0);
            for (int k = 0; k < ids.size(); k++) {
                String candidate = ids.get(index(c / 7 + k, ids.size()));
                if (!holders.contains(candidate)) {
                    other = candidate;
                    break;
                }
            }
            return plus(r.assignments(), Assignment.of(other, role));
        });
    }

    /**
     * Edits the protocol {@code c} picks, after making it share personal data (so that the rules
     * about protected data apply) without sharing it onwards freely.
     */
    private static Agreement editProtocol(Agreement a, int c,
            Function<DataSharingProtocol, DataSharingProtocolBuilder> f) {
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), index(c, a.dataSharingProtocols().size()), p -> {
            DataSharingProtocol personal = protocol(p)
                    .dataSets(update(p.dataSets(), 0, s -> new DataSet(s.id(), s.name(), s.classification(), true)))
                    .onwardSharing(p.onwardSharing() == OnwardSharing.PERMITTED ? OnwardSharing.PROHIBITED : p.onwardSharing())
                    .build();
            return f.apply(personal).build();
        })).build();
    }

    private static Agreement editPath(Agreement a, int c, UnaryOperator<EscalationPath> f) {
        return edit(a).escalationPaths(update(a.escalationPaths(), index(c, a.escalationPaths().size()), f)).build();
    }

    private static Agreement duplicateId(Agreement a, int c) {
        return switch (index(c, 8)) {
            case 0 -> edit(a).authorities(plus(a.authorities(), a.authorities().get(0))).build();
            case 1 -> edit(a).goals(plus(a.goals(), a.goals().get(0))).build();
            case 2 -> edit(a).channels(plus(a.channels(), a.channels().get(0))).build();
            case 3 -> edit(a).trustMeasures(plus(a.trustMeasures(), a.trustMeasures().get(0))).build();
            case 4 -> edit(a).governanceBodies(plus(a.governanceBodies(), a.governanceBodies().get(0))).build();
            case 5 -> edit(a).escalationPaths(plus(a.escalationPaths(), a.escalationPaths().get(0))).build();
            case 6 -> edit(a).reviews(plus(a.reviews(), a.reviews().get(0))).build();
            default -> edit(a).resourceCommitments(plus(a.resourceCommitments(), a.resourceCommitments().get(0))).build();
        };
    }

    private static Agreement unknownAgency(Agreement a, int c) {
        return switch (index(c, 4)) {
            case 0 -> edit(a).sponsors(plus(a.sponsors(), new Sponsor(UNKNOWN_AGENCY, "Pat Doe", "Director"))).build();
            case 1 -> edit(a).goals(update(a.goals(), 0, g -> new Goal(g.id(), g.statement(), g.measures(),
                    plus(g.contributors(), UNKNOWN_AGENCY), g.due()))).build();
            case 2 -> edit(a).channels(update(a.channels(), 0, ch -> new CommunicationChannel(ch.id(), ch.kind(), ch.name(),
                    ch.ownerAgencyId(), plus(ch.participants(), UNKNOWN_AGENCY), ch.cadence()))).build();
            default -> edit(a).governanceBodies(update(a.governanceBodies(), 0, b -> body(b, plus(b.members(), UNKNOWN_AGENCY),
                    b.chairAgencyId(), b.quorum()))).build();
        };
    }
}
