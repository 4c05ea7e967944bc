package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.packs.internal.Kinds;
import org.interagency.agreements.packs.internal.cma.AccuracyAssessmentsRule;
import org.interagency.agreements.packs.internal.cma.ComptrollerGeneralAccessRule;
import org.interagency.agreements.packs.internal.cma.CongressTransmittalRule;
import org.interagency.agreements.packs.internal.cma.DibApprovalRule;
import org.interagency.agreements.packs.internal.cma.FederalRegisterNoticeRule;
import org.interagency.agreements.packs.internal.cma.IndividualNoticeRule;
import org.interagency.agreements.packs.internal.cma.JustificationRule;
import org.interagency.agreements.packs.internal.cma.MatchingDurationRule;
import org.interagency.agreements.packs.internal.cma.NoDuplicationOrRedisclosureRule;
import org.interagency.agreements.packs.internal.cma.NoticeAndContestRule;
import org.interagency.agreements.packs.internal.cma.PurposeAndLegalAuthorityRule;
import org.interagency.agreements.packs.internal.cma.RecordsAndDataElementsRule;
import org.interagency.agreements.packs.internal.cma.RenewalWithoutChangeRule;
import org.interagency.agreements.packs.internal.cma.RetentionAndDestructionRule;
import org.interagency.agreements.packs.internal.cma.ReturnOrDestructionRule;
import org.interagency.agreements.packs.internal.cma.SecuritySafeguardsRule;
import org.interagency.agreements.packs.internal.cma.SingleRenewalRule;
import org.interagency.agreements.packs.internal.cma.SourceAndRecipientRule;
import org.interagency.agreements.packs.internal.cma.VerificationRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code us-cma}: what the Privacy Act requires of a computer matching agreement, 5 U.S.C.
 * 552a(o) (the agreement's contents, its transmittal to Congress, its duration and its renewal
 * without change), (p)
 * (verification and notice before adverse action), (u) (Data Integrity Board approval) and (e)(12)
 * (Federal Register notice when a non-federal agency takes part). It governs agreements of kind
 * {@code computer-matching-agreement} and no other.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.builder().packs("principles", "us-cma").build();
 * }</pre>
 *
 * <p>Every rule cites the paragraph it enforces, read in the statute's text; {@code
 * docs/packs/us-cma.md} lists each required element, its rule, and what the rule cannot check
 * (whether a Board had reason to doubt a certification, say). The pack is immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UsComputerMatchingPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "us-cma";

    private static final List<Rule> RULES = List.of(
            new SourceAndRecipientRule(),
            new PurposeAndLegalAuthorityRule(),
            new JustificationRule(),
            new RecordsAndDataElementsRule(),
            new IndividualNoticeRule(),
            new VerificationRule(),
            new RetentionAndDestructionRule(),
            new SecuritySafeguardsRule(),
            new NoDuplicationOrRedisclosureRule(),
            new ReturnOrDestructionRule(),
            new AccuracyAssessmentsRule(),
            new ComptrollerGeneralAccessRule(),
            new CongressTransmittalRule(),
            new MatchingDurationRule(),
            new SingleRenewalRule(),
            new RenewalWithoutChangeRule(),
            new NoticeAndContestRule(),
            new DibApprovalRule(),
            new FederalRegisterNoticeRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public UsComputerMatchingPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "US computer matching agreements (5 U.S.C. 552a(o))";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs computer matching agreements only. */
    @Override
    public Applicability applicability(Agreement agreement) {
        if (agreement.kind() == AgreementKind.COMPUTER_MATCHING_AGREEMENT) {
            return Applicability.governed();
        }
        return Applicability.notGoverned("us-cma governs computer matching agreements; this is a "
                + Kinds.name(agreement.kind()));
    }
}
