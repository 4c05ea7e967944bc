package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.PortfolioContext;
import org.interagency.agreements.rules.PortfolioRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.order-within-gtc}: an order ({@code generalTerms} names the general terms and
 * conditions it is placed under, an FS Form 7600B order under its FS Form 7600A GT&amp;C) runs
 * within the GT&amp;C's agreement period, between the same requesting and servicing agencies.
 *
 * <p><b>Grade S, so a WARNING with no citation.</b> The requirement comes from the FS Form 7600B
 * instructions ("Period of Performance"), read only in secondary copies (see {@code
 * docs/packs/us-iaa.md}). The two are separate documents, so the rule checks them in a portfolio
 * ({@link PortfolioRule}); on one agreement alone it can only say that it needs the GT&amp;C.
 *
 * <p>In a portfolio it reports, at the order:
 * <ul>
 *   <li>a GT&amp;C that the portfolio does not hold, or holds at another version (or without
 *       saying which): nothing could be checked, and a mistyped reference looks the same, so this
 *       is a WARNING too;</li>
 *   <li>an order that starts before the GT&amp;C, or ends after it (or never, under a GT&amp;C
 *       that ends);</li>
 *   <li>a requesting or servicing agency of the order that is not the GT&amp;C's, or the reverse.</li>
 * </ul>
 * The findings depend on which agreements the portfolio holds, not on their order.
 */
@API(status = INTERNAL, since = "0.1")
public final class OrderWithinGeneralTermsRule extends AbstractRule implements PortfolioRule {

    /** The rule's id. */
    public static final String ID = "us-iaa.order-within-gtc";

    private static final JsonPointer GENERAL_TERMS = JsonPointer.of("generalTerms");

    /** Creates the rule. */
    public OrderWithinGeneralTermsRule() {
        super(ID, Severity.WARNING, Principle.FOUNDATIONS,
                "An order runs within the period of the general terms and conditions it names, between the same"
                        + " requesting and servicing agencies (checked in a portfolio; unverified, without citation).",
                List.of());
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        AgreementVersion named = agreement.generalTerms();
        if (named == null) {
            context.notApplicable("the agreement names no general terms and conditions (generalTerms)");
        } else {
            context.unknown("the order is checked against its general terms and conditions " + Messages.quote(named)
                    + " only in a portfolio that holds both");
        }
    }

    @Override
    public void checkPortfolio(List<Agreement> portfolio, PortfolioContext context) {
        Map<String, Agreement> byId = new HashMap<>();
        for (Agreement agreement : portfolio) {
            byId.put(agreement.id(), agreement);
        }
        for (Agreement order : portfolio) {
            AgreementVersion named = order.generalTerms();
            if (named == null) {
                continue;
            }
            Agreement terms = byId.get(named.id());
            if (terms == null) {
                context.report(order.id(), GENERAL_TERMS, "the order names the general terms and conditions "
                        + Messages.quote(named) + ", which are not in the portfolio, so its period and agencies cannot be"
                        + " checked against them", "check the order together with its general terms and conditions, or"
                        + " correct the id in generalTerms");
            } else if (terms.id().equals(order.id())) {
                context.report(order.id(), GENERAL_TERMS, "the order names itself as the general terms and conditions it"
                        + " is placed under", "name the id and version of the general terms and conditions (FS Form 7600A)");
            } else if (!sameVersion(named.version(), terms.lineage())) {
                context.report(order.id(), GENERAL_TERMS, "the order names version " + Messages.quote(named.version())
                        + " of the general terms and conditions " + Messages.quote(named.id()) + ", but the portfolio holds "
                        + (terms.lineage() == null ? "a document of them that states no version"
                                : "version " + Messages.quote(terms.lineage().version())),
                        "name the version the order is placed under, or check it with that version",
                        terms.id(), List.of(terms.lineage() == null ? JsonPointer.root() : JsonPointer.of("lineage", "version")));
            } else {
                checkPeriod(order, terms, context);
                checkAgencies(order, terms, PartyRole.REQUESTING, context);
                checkAgencies(order, terms, PartyRole.SERVICING, context);
            }
        }
    }

    private static void checkPeriod(Agreement order, Agreement terms, PortfolioContext context) {
        LocalDate start = order.term().effective();
        LocalDate termsStart = terms.term().effective();
        if (start.isBefore(termsStart)) {
            context.report(order.id(), JsonPointer.of("term", "effective"), "the order takes effect on " + start
                    + ", before its general terms and conditions " + Messages.quote(terms.id()) + " do, on " + termsStart,
                    "start the order on or after " + termsStart + ", or amend the general terms and conditions",
                    terms.id(), List.of(JsonPointer.of("term", "effective")));
        }
        LocalDate end = order.term().expires();
        LocalDate termsEnd = terms.term().expires();
        if (termsEnd != null && (end == null || end.isAfter(termsEnd))) {
            context.report(order.id(), JsonPointer.of("term", "expires"), (end == null ? "the order has no end date"
                    : "the order runs until " + end) + ", after its general terms and conditions "
                    + Messages.quote(terms.id()) + " end on " + termsEnd,
                    "end the order on or before " + termsEnd + ", or extend the general terms and conditions",
                    terms.id(), List.of(JsonPointer.of("term", "expires")));
        }
    }

    private static void checkAgencies(Agreement order, Agreement terms, PartyRole role, PortfolioContext context) {
        Set<String> ofOrder = agencies(order, role);
        Set<String> ofTerms = agencies(terms, role);
        if (!ofOrder.equals(ofTerms)) {
            String name = role == PartyRole.REQUESTING ? "requesting" : "servicing";
            context.report(order.id(), JsonPointer.of("parties"), "the order's " + name + " agencies "
                    + Messages.quoteAll(ofOrder) + " are not those of its general terms and conditions "
                    + Messages.quote(terms.id()) + ", " + Messages.quoteAll(ofTerms),
                    "place the order between the agencies of the general terms and conditions, or under general terms"
                            + " and conditions of its own", terms.id(), List.of(JsonPointer.of("parties")));
        }
    }

    /** The ids of the parties with {@code role}, in alphabetical order. */
    private static Set<String> agencies(Agreement agreement, PartyRole role) {
        Set<String> ids = new TreeSet<>();
        for (Party party : agreement.parties()) {
            if (party.hasRole(role)) {
                ids.add(party.agencyId());
            }
        }
        return ids;
    }

    /** Whether the GT&amp;C's lineage states the version {@code named} ({@code "2"} is {@code "2.0"}). */
    private static boolean sameVersion(String named, @Nullable Lineage lineage) {
        if (lineage == null) {
            return false;
        }
        try {
            return Lineage.compareVersions(named, lineage.version()) == 0;
        } catch (IllegalArgumentException e) {
            // A version not written as numbers violates a constraint the report shows; compare as written.
            return named.equals(lineage.version());
        }
    }
}
