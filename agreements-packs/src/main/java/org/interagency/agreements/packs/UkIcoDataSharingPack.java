package org.interagency.agreements.packs;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.packs.internal.ico.ControllerRolesRule;
import org.interagency.agreements.packs.internal.ico.DataItemsRule;
import org.interagency.agreements.packs.internal.ico.DataQualityRule;
import org.interagency.agreements.packs.internal.ico.Ico;
import org.interagency.agreements.packs.internal.ico.IndividualRightsRule;
import org.interagency.agreements.packs.internal.ico.LawfulBasisRecordedRule;
import org.interagency.agreements.packs.internal.ico.RetentionAndDeletionRule;
import org.interagency.agreements.packs.internal.ico.SanctionsRule;
import org.interagency.agreements.packs.internal.ico.SecurityRule;
import org.interagency.agreements.packs.internal.ico.SpecialCategoryConditionsRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * {@code uk-ico-dsa}: the contents of a data sharing agreement that the UK Information
 * Commissioner's data sharing code of practice describes. A data sharing agreement is good
 * practice, not a legal requirement, so every rule is a WARNING, except that the lawful basis
 * "must" be recorded: that rule is an ERROR.
 *
 * <p>It governs an agreement that shares personal data and has a party in the United Kingdom: a
 * jurisdiction whose first segment is {@code gb} (what {@code GB}, {@code GB-ENG} and {@code UK}
 * read as) or {@code uk}. {@code docs/packs/uk-ico-dsa.md} lists each element, its rule, and what
 * could not be verified. The pack is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UkIcoDataSharingPack implements RulePack {

    /** The pack's id. */
    public static final String ID = "uk-ico-dsa";

    private static final List<Rule> RULES = List.of(
            new LawfulBasisRecordedRule(),
            new ControllerRolesRule(),
            new DataItemsRule(),
            new SpecialCategoryConditionsRule(),
            new IndividualRightsRule(),
            new DataQualityRule(),
            new RetentionAndDeletionRule(),
            new SecurityRule(),
            new SanctionsRule());

    /** Creates the pack; the engine finds it with {@link java.util.ServiceLoader}. */
    public UkIcoDataSharingPack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "UK ICO data sharing code: data sharing agreements";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Governs an agreement that shares personal data and has a party in the United Kingdom. */
    @Override
    public Applicability applicability(Agreement agreement) {
        if (agreement.parties().stream().noneMatch(Ico::inTheUnitedKingdom)) {
            return Applicability.notGoverned("uk-ico-dsa governs data sharing by organisations in the United Kingdom;"
                    + " no party's jurisdiction is in gb or uk");
        }
        if (!Ico.sharesPersonalData(agreement)) {
            return Applicability.notGoverned("uk-ico-dsa governs the sharing of personal data; no protocol of this agreement shares any");
        }
        return Applicability.governed();
    }
}
