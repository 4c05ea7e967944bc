package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.notice-and-contest}: before an agency takes adverse action on a match, the individual receives notice of the findings and the opportunity to contest them, and the response period expires (5 U.S.C. 552a(p)(1)(B), (C)); the agreement states how, in a provision on {@code notice-and-contest}. The length of the contest period is not checked: the model has no field for it.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoticeAndContestRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public NoticeAndContestRule() {
        super("us-cma.notice-and-contest", Principle.INFORMATION_SHARING,
                "A computer matching agreement states how individuals are notified of findings and may contest them before adverse action.",
                List.of(Cma.privacyAct("(p)(1)(B)"), Cma.privacyAct("(p)(1)(C)")), ProvisionTopic.NOTICE_AND_CONTEST,
                "no procedures for notice to the individual and an opportunity to contest before adverse action");
    }
}
