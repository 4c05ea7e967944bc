package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.packs.internal.gdpr.Gdpr;
import org.interagency.agreements.packs.internal.gdpr.JointArrangementContactPointRule;
import org.interagency.agreements.packs.internal.gdpr.JointArrangementDataSubjectRightsRule;
import org.interagency.agreements.packs.internal.gdpr.JointArrangementEssenceRule;
import org.interagency.agreements.packs.internal.gdpr.JointArrangementInformationDutiesRule;
import org.interagency.agreements.packs.internal.gdpr.JointArrangementRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorAuditsRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorComplianceAssistanceRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorConfidentialityRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorDataAndSubjectsRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorDeleteOrReturnRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorInfringingInstructionRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorInstructionsRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorRightsAssistanceRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorSecurityRule;
import org.interagency.agreements.packs.internal.gdpr.ProcessorSubprocessorsRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code eu-gdpr}: what Regulation (EU) 2016/679 asks of an arrangement between joint controllers
 * (Art. 26) and of the contract between a controller and a processor (Art. 28(3)).
 *
 * <p>It governs an agreement that shares personal data, in which two or more parties are
 * {@link LegalRole#JOINT_CONTROLLER joint controllers} or a {@link LegalRole#CONTROLLER controller}
 * gives personal data to a {@link LegalRole#PROCESSOR processor}, and in which a party with one of
 * these roles is in a member state of the Union: its jurisdiction's first segment is the
 * lower-case ISO 3166-1 code of one ({@code de}, {@code FR-75}). This is the pack's test of an EU
 * controller or processor, not a reading of the Regulation's territorial scope (Art. 3, not read);
 * an agreement that claims {@code eu-gdpr} is still checked against it. The Art. 26 rules are not
 * applicable without two joint controllers, the Art. 28 rules without a protocol to a processor.
 * {@code docs/packs/eu-gdpr.md} lists each element, its rule, and what the rule cannot check. The
 * pack is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EuGdprPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "eu-gdpr";

    private static final List<Rule> RULES = List.of(
            new JointArrangementRule(),
            new JointArrangementDataSubjectRightsRule(),
            new JointArrangementInformationDutiesRule(),
            new JointArrangementContactPointRule(),
            new JointArrangementEssenceRule(),
            new ProcessorDataAndSubjectsRule(),
            new ProcessorInstructionsRule(),
            new ProcessorConfidentialityRule(),
            new ProcessorSecurityRule(),
            new ProcessorSubprocessorsRule(),
            new ProcessorRightsAssistanceRule(),
            new ProcessorComplianceAssistanceRule(),
            new ProcessorDeleteOrReturnRule(),
            new ProcessorAuditsRule(),
            new ProcessorInfringingInstructionRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public EuGdprPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "EU GDPR joint controllers and processors (Regulation (EU) 2016/679, Arts. 26 and 28(3))";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs an agreement sharing personal data between joint controllers, or from a controller to a processor, one of them in the Union. */
    @Override
    public Applicability applicability(Agreement agreement) {
        if (!Gdpr.sharesPersonalData(agreement)) {
            return Applicability.notGoverned("eu-gdpr governs the sharing of personal data; no protocol of this agreement shares any");
        }
        if (!Gdpr.hasJointControllers(agreement) && Gdpr.toProcessors(agreement).isEmpty()) {
            return Applicability.notGoverned("eu-gdpr governs arrangements between joint controllers and contracts with"
                    + " processors; no two parties are joint controllers and no controller gives personal data to a processor");
        }
        for (Party party : agreement.parties()) {
            if (Gdpr.hasGdprRole(party) && Gdpr.inTheUnion(party)) {
                return Applicability.governed();
            }
        }
        return Applicability.notGoverned("eu-gdpr governs controllers and processors in the European Union; no party with"
                + " such a role has a jurisdiction in a member state (its first segment an ISO 3166-1 code such as \"de\")");
    }
}
