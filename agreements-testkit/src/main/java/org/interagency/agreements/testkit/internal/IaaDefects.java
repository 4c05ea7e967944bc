package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.Approval;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Term;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.testkit.Defects;
import org.interagency.agreements.testkit.internal.DefectCatalogue.Defect;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.interagency.agreements.testkit.internal.Edits.edit;
import static org.interagency.agreements.testkit.internal.Edits.index;
import static org.interagency.agreements.testkit.internal.Edits.plus;
import static org.interagency.agreements.testkit.internal.Edits.updateAll;
import static org.interagency.agreements.testkit.internal.Edits.without;

/**
 * The defects of the us-iaa pack (31 U.S.C. 1535, FAR subpart 17.5): each starts from an
 * interagency order that the pack accepts ({@link PackSatisfaction}: the first party requests,
 * the second services, an Economy Act authority, a determination and findings, funding with its
 * citation, payment terms and the provisions FAR 17.503 asks for), claims the pack, and breaks
 * exactly what one rule checks, so that no other rule of the pack fires ({@link
 * DefectCatalogue.Defect#injected}: the order before the breach is the agreement {@code
 * Defects.injections} gives as {@code before}).
 */
@API(status = INTERNAL, since = "0.1")
final class IaaDefects {

    private static final String PACK = "us-iaa";

    private IaaDefects() {
    }

    /** Adds the defects of every rule of us-iaa to {@code d}. */
    static void register(Map<String, Defect> d) {
        SizeSpec base = PackSatisfaction.BASE;
        put(d, "us-iaa.requesting-and-servicing", base, (a, c) -> {
            // No servicing agency at all, or every servicing agency also the requesting one.
            boolean none = index(c, 2) == 0;
            return edit(a).parties(updateAll(a.parties(), p -> !p.hasRole(PartyRole.SERVICING) ? p
                    : none ? withoutServicing(p) : PartyBuilder.builder(p).roles(plus(p.roles(), PartyRole.REQUESTING)).build()))
                    .build();
        });
        put(d, "us-iaa.funds-available", base, (a, c) -> edit(a).resourceCommitments(without(a.resourceCommitments(),
                r -> r.kind() == ResourceKind.FUNDING && requesting(a, r.agencyId()))).build());
        put(d, "us-iaa.determination-and-findings", base, (a, c) -> {
            if (index(c, 2) == 0) {
                return edit(a).approvals(without(a.approvals(), x -> x.kind() == ApprovalKind.DETERMINATION_AND_FINDINGS)).build();
            }
            // Approved one to sixty days after the order took effect.
            LocalDate late = a.term().effective().plusDays(1 + index(c / 2, 60));
            return edit(a).approvals(updateAll(a.approvals(), x -> x.kind() != ApprovalKind.DETERMINATION_AND_FINDINGS ? x
                    : new Approval(x.id(), x.kind(), x.agencyId(), x.approver(), late, x.reference()))).build();
        });
        put(d, "us-iaa.agency-unique-requirements", base,
                (a, c) -> PackSatisfaction.withoutProvisions(a, ProvisionTopic.AGENCY_UNIQUE_REQUIREMENTS));
        put(d, "us-iaa.order-description", base, (a, c) -> PackSatisfaction.withoutProvisions(a, ProvisionTopic.BONA_FIDE_NEED));
        put(d, "us-iaa.delivery", base, (a, c) -> PackSatisfaction.withoutProvisions(a, ProvisionTopic.DELIVERY));
        put(d, "us-iaa.funds-citation", base, (a, c) -> edit(a).resourceCommitments(updateAll(a.resourceCommitments(),
                r -> isOrderFunding(r) ? PackSatisfaction.withFunds(r, null) : r)).build());
        put(d, "us-iaa.payment-provision", base, (a, c) -> edit(a).payment(null).build());
        put(d, "us-iaa.disagreement-procedures", base, (a, c) -> edit(a).escalationPaths(updateAll(a.escalationPaths(),
                p -> new EscalationPath(p.id(), p.scopes(), p.levels(), null))).build());
        put(d, "us-iaa.funds-expire-before-term", base, (a, c) -> {
            // The order's funds stop being available one to sixty days before the order ends (or at
            // all, if it runs without an end).
            LocalDate end = Assembler.lastDay(a.term());
            LocalDate available = end.minusDays(1 + index(c, 60));
            return edit(a).resourceCommitments(updateAll(a.resourceCommitments(), r -> isOrderFunding(r)
                    ? PackSatisfaction.withFunds(r, PackSatisfaction.funds(r.funds().citation(), available)) : r)).build();
        });
        put(d, "us-iaa.advance-payment-authority", base, (a, c) -> edit(a).payment(new PaymentTerms(PaymentMethod.ADVANCE, null,
                index(c, 2) == 0 ? null : Period.ofMonths(3), null)).build());
    }

    private static void put(Map<String, Defect> d, String ruleId, SizeSpec base, BiFunction<Agreement, Integer, Agreement> breach) {
        d.put(ruleId, Defect.injected(ruleId, base, PACK, PackSatisfaction::iaa, breach));
    }

    /**
     * An order that satisfies the pack and names general terms and conditions of its own (the same
     * parties and term, version 1, claiming nothing), checked as a portfolio with them; then one of
     * five breaches {@code c} picks: the GT&amp;C start a day after the order, end before it (or
     * before an open-ended order's first day), list a second servicing agency, are another version,
     * or are left out of the portfolio.
     */
    static Defects.PortfolioInjection orderOutsideGeneralTerms(Agreement a, int c) {
        Agreement satisfied = PackSatisfaction.iaa(a);
        String termsId = Vocabulary.INJECTED_PREFIX + "gtc";
        Agreement terms = edit(satisfied).id(termsId).claims(List.of()).waivers(List.of())
                .lineage(new Lineage("1", null, null)).build();
        Agreement order = edit(satisfied).generalTerms(new AgreementVersion(termsId, "1")).build();
        Term term = order.term();
        Agreement breached = switch (index(c, 5)) {
            case 0 -> edit(terms).term(TermBuilder.builder(term).effective(term.effective().plusDays(1))
                    .expires(term.expires() == null ? null : later(term.expires(), term.effective().plusDays(1))).build()).build();
            case 1 -> edit(terms).term(TermBuilder.builder(term).effective(term.effective().minusDays(1))
                    .expires(term.expires() == null ? term.effective() : term.expires().minusDays(1)).build()).build();
            case 2 -> edit(terms).parties(plus(terms.parties(), new Party(Vocabulary.INJECTED_PREFIX + "servicing",
                    "Another servicing agency", Jurisdiction.of("us"), null, List.of(PartyRole.SERVICING), List.of()))).build();
            case 3 -> edit(terms).lineage(new Lineage("2", new AgreementVersion(termsId, "1"), null)).build();
            default -> null;
        };
        return new Defects.PortfolioInjection(List.of(terms, order),
                breached == null ? List.of(order) : List.of(breached, order));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The funding commitment the satisfied order adds for its requesting agency. */
    private static boolean isOrderFunding(ResourceCommitment r) {
        return r.id().equals(PackSatisfaction.PREFIX + "iaa-funding");
    }

    private static boolean requesting(Agreement a, String agencyId) {
        return a.party(agencyId).map(p -> p.hasRole(PartyRole.REQUESTING)).orElse(false);
    }

    private static Party withoutServicing(Party p) {
        List<PartyRole> rest = without(p.roles(), r -> r == PartyRole.SERVICING);
        return PartyBuilder.builder(p).roles(rest.isEmpty() ? List.of(PartyRole.PARTICIPANT) : rest).build();
    }
}
