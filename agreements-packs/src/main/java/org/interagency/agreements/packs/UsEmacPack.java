package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.packs.internal.Kinds;
import org.interagency.agreements.packs.internal.emac.Emac;
import org.interagency.agreements.packs.internal.emac.LiabilityRule;
import org.interagency.agreements.packs.internal.emac.LicensesAndPermitsRule;
import org.interagency.agreements.packs.internal.emac.ReimbursementRule;
import org.interagency.agreements.packs.internal.emac.RequestingAndAssistingRule;
import org.interagency.agreements.packs.internal.emac.ResourcesRule;
import org.interagency.agreements.packs.internal.emac.WorkersCompensationRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code us-emac}: a mission of interstate mutual aid under the Emergency Management Assistance
 * Compact (Pub. L. 104-321, 110 Stat. 3877): what the request and offer state (the requesting
 * and assisting states, the resources, reimbursement), and, as INFO explanations rather than
 * missing clauses, what applies by operation of law (licences and permits, liability, workers'
 * compensation).
 *
 * <p>It governs an agreement of kind {@code mutual-aid} between party states of two or more
 * different states ({@code us/la} and {@code us/tx}, or {@code US-LA} and {@code US-TX}); an
 * agreement between agencies of one state, such as an interlocal agreement between counties, is
 * not an EMAC mission. {@code docs/packs/us-emac.md} lists each element, its rule and its source:
 * the compact's Articles III.B, IV and V were not read, so the rules that rest on them cite
 * nothing. The pack is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UsEmacPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "us-emac";

    private static final List<Rule> RULES = List.of(
            new RequestingAndAssistingRule(),
            new ResourcesRule(),
            new ReimbursementRule(),
            new LicensesAndPermitsRule(),
            new LiabilityRule(),
            new WorkersCompensationRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public UsEmacPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "US Emergency Management Assistance Compact missions (Pub. L. 104-321)";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs a mutual-aid agreement between party states of two or more states. */
    @Override
    public Applicability applicability(Agreement agreement) {
        if (agreement.kind() != AgreementKind.MUTUAL_AID) {
            return Applicability.notGoverned("us-emac governs mutual-aid agreements; this is a " + Kinds.name(agreement.kind()));
        }
        int states = Emac.states(agreement).size();
        if (states < 2) {
            return Applicability.notGoverned("us-emac governs mutual aid between states; the state-level parties of this"
                    + " agreement are in " + (states == 0 ? "no" : "one") + " U.S. state");
        }
        return Applicability.governed();
    }
}
