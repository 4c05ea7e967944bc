package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.packs.internal.Kinds;
import org.interagency.agreements.packs.internal.iaa.AdvancePaymentAuthorityRule;
import org.interagency.agreements.packs.internal.iaa.AgencyUniqueRequirementsRule;
import org.interagency.agreements.packs.internal.iaa.DeliveryRule;
import org.interagency.agreements.packs.internal.iaa.DeterminationAndFindingsRule;
import org.interagency.agreements.packs.internal.iaa.DisagreementProceduresRule;
import org.interagency.agreements.packs.internal.iaa.FundsAvailabilityRule;
import org.interagency.agreements.packs.internal.iaa.FundsAvailableRule;
import org.interagency.agreements.packs.internal.iaa.FundsCitationRule;
import org.interagency.agreements.packs.internal.iaa.OrderDescriptionRule;
import org.interagency.agreements.packs.internal.iaa.OrderWithinGeneralTermsRule;
import org.interagency.agreements.packs.internal.iaa.PaymentTermsRule;
import org.interagency.agreements.packs.internal.iaa.RequestingAndServicingRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code us-iaa}: what the Economy Act (31 U.S.C. 1535) and FAR subpart 17.5 ask of an
 * interagency acquisition between federal agencies. It governs agreements of kind
 * {@code interagency-agreement}; the rules that rest on the Economy Act itself apply when an
 * authority of the agreement cites 31 U.S.C. 1535.
 *
 * <p>FAR citations name the codified section and, where the Revolutionary FAR Overhaul's model
 * deviation text numbers it differently, that pinpoint too. Most of FS Forms 7600A and 7600B
 * could be read only in secondary copies, so their fields ship as WARNINGs without citation or not
 * at all ({@code docs/packs/us-iaa.md}). One rule, {@code us-iaa.order-within-gtc}, checks an
 * order together with the general terms and conditions it names, which are a document of their
 * own: it reports only in a portfolio check ({@code AgreementValidator.validatePortfolio},
 * {@code check --portfolio}). The pack is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UsInteragencyAcquisitionPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "us-iaa";

    private static final List<Rule> RULES = List.of(
            new RequestingAndServicingRule(),
            new FundsAvailableRule(),
            new DeterminationAndFindingsRule(),
            new AgencyUniqueRequirementsRule(),
            new OrderDescriptionRule(),
            new DeliveryRule(),
            new FundsCitationRule(),
            new PaymentTermsRule(),
            new DisagreementProceduresRule(),
            new FundsAvailabilityRule(),
            new AdvancePaymentAuthorityRule(),
            new OrderWithinGeneralTermsRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public UsInteragencyAcquisitionPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "US interagency acquisitions (31 U.S.C. 1535, FAR subpart 17.5)";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs interagency agreements only. */
    @Override
    public Applicability applicability(Agreement agreement) {
        if (agreement.kind() == AgreementKind.INTERAGENCY_AGREEMENT) {
            return Applicability.governed();
        }
        return Applicability.notGoverned("us-iaa governs interagency agreements; this is a " + Kinds.name(agreement.kind()));
    }
}
