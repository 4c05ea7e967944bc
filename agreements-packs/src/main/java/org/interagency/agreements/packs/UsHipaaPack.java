package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.packs.internal.hipaa.AccountingOfDisclosuresRule;
import org.interagency.agreements.packs.internal.hipaa.BreachReportingRule;
import org.interagency.agreements.packs.internal.hipaa.CoveredEntityObligationsRule;
import org.interagency.agreements.packs.internal.hipaa.GovernmentMouRule;
import org.interagency.agreements.packs.internal.hipaa.IndividualAccessRule;
import org.interagency.agreements.packs.internal.hipaa.IndividualAmendmentRule;
import org.interagency.agreements.packs.internal.hipaa.NoOtherUseRule;
import org.interagency.agreements.packs.internal.hipaa.NoReidentificationRule;
import org.interagency.agreements.packs.internal.hipaa.PermittedUsesRule;
import org.interagency.agreements.packs.internal.hipaa.ReturnOrDestroyRule;
import org.interagency.agreements.packs.internal.hipaa.SafeguardsRule;
import org.interagency.agreements.packs.internal.hipaa.SecretaryAccessRule;
import org.interagency.agreements.packs.internal.hipaa.SubcontractorsRule;
import org.interagency.agreements.packs.internal.hipaa.TerminationForViolationRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code us-hipaa}: what the HIPAA Privacy and Security Rules require of the agreement under
 * which a covered entity discloses protected health information to its business associate: 45
 * CFR 164.504(e)(2) (the contract's terms), 164.504(e)(3)(i)(A) (a memorandum of understanding
 * between governmental entities), 164.314(a) (the Security Rule's terms) and, for a limited data
 * set, 164.514(e)(4).
 *
 * <p>It governs an agreement whose parties include a {@link LegalRole#COVERED_ENTITY covered
 * entity} and a {@link LegalRole#BUSINESS_ASSOCIATE business associate}, whatever its kind.
 * {@code docs/packs/us-hipaa.md} lists each element, its rule, and what the rule cannot check. The
 * text read is a 2013-era copy of the regulations; its currency against today's eCFR is not
 * verified. The pack is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UsHipaaPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "us-hipaa";

    private static final List<Rule> RULES = List.of(
            new PermittedUsesRule(),
            new NoOtherUseRule(),
            new SafeguardsRule(),
            new BreachReportingRule(),
            new SubcontractorsRule(),
            new IndividualAccessRule(),
            new IndividualAmendmentRule(),
            new AccountingOfDisclosuresRule(),
            new CoveredEntityObligationsRule(),
            new SecretaryAccessRule(),
            new ReturnOrDestroyRule(),
            new TerminationForViolationRule(),
            new GovernmentMouRule(),
            new NoReidentificationRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public UsHipaaPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "US HIPAA business associate agreements (45 CFR 164.504(e), 164.314(a), 164.514(e)(4))";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs an agreement between a covered entity and a business associate. */
    @Override
    public Applicability applicability(Agreement agreement) {
        boolean coveredEntity = agreement.parties().stream().anyMatch(p -> p.hasLegalRole(LegalRole.COVERED_ENTITY));
        boolean businessAssociate = agreement.parties().stream().anyMatch(p -> p.hasLegalRole(LegalRole.BUSINESS_ASSOCIATE));
        if (coveredEntity && businessAssociate) {
            return Applicability.governed();
        }
        return Applicability.notGoverned("us-hipaa governs agreements between a covered entity and a business associate;"
                + " no party of this agreement has the legal role " + (coveredEntity ? "business-associate" : "covered-entity"));
    }
}
