package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.special-category-conditions}: "Are additional conditions met for special category
 * data or criminal offence data" (the code's request form, annex B): when a protocol shares a data
 * set of a special category of UK GDPR Arts. 9 and 10 (health, genetic, biometric, racial or
 * ethnic origin, political opinions, beliefs, trade union membership, sex life, criminal
 * offences), the agreement has a provision on {@code special-category-conditions}. Which
 * condition suffices is not checkable.
 */
@API(status = INTERNAL, since = "0.1")
public final class SpecialCategoryConditionsRule extends ProtocolRule {

    /** The categories of Arts. 9(1) and 10; limited data sets, children's data and tax information are not among them. */
    private static final Set<SpecialCategory> ARTICLES_9_AND_10 = EnumSet.of(SpecialCategory.HEALTH,
            SpecialCategory.GENETIC, SpecialCategory.BIOMETRIC, SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN,
            SpecialCategory.POLITICAL_OPINIONS, SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
            SpecialCategory.TRADE_UNION_MEMBERSHIP, SpecialCategory.SEX_LIFE_OR_SEXUAL_ORIENTATION,
            SpecialCategory.CRIMINAL_OFFENCES);

    /** Creates the rule. */
    public SpecialCategoryConditionsRule() {
        super("uk-ico.special-category-conditions",
                "A data sharing agreement that shares special category or criminal offence data states the conditions met.",
                List.of(Ico.code("annex B (additional conditions for special category or criminal offence data)")));
    }

    @Override
    void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (!agreement.provisions(ProvisionTopic.SPECIAL_CATEGORY_CONDITIONS).isEmpty()) {
            return;
        }
        List<DataSet> dataSets = protocol.dataSets();
        for (int d = 0; d < dataSets.size(); d++) {
            DataSet dataSet = dataSets.get(d);
            if (dataSet.specialCategories().stream().anyMatch(ARTICLES_9_AND_10::contains)) {
                context.report(at.append("dataSets").append(d).append("specialCategories"), "data set "
                        + Messages.quote(dataSet.id()) + " is special category or criminal offence data, and the"
                        + " agreement does not state the additional conditions met for sharing it",
                        "add a provision with topic \"special-category-conditions\" naming the condition relied on");
            }
        }
    }
}
