package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.agency-unique-requirements}: for an assisted acquisition the requesting agency provides its unique terms, conditions and requirements, or informs the servicing agency in writing that there are none (FAR 17.502-1(a)(1)(i) codified; (a)(1)(ii)(A)-(B) in the RFO text), in a provision on {@code agency-unique-requirements}. A WARNING: the requirement binds assisted acquisitions only, and the model does not say whether an acquisition is assisted or direct.
 */
@API(status = INTERNAL, since = "0.1")
public final class AgencyUniqueRequirementsRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public AgencyUniqueRequirementsRule() {
        super("us-iaa.agency-unique-requirements", Severity.WARNING, Principle.ROLES_AND_RESPONSIBILITIES,
                "An assisted acquisition states the requesting agency's unique requirements, or that there are none.",
                List.of(Iaa.far("17.502-1(a)(1)(i)"), Iaa.farDeviation("17.502-1(a)(1)(ii)")), ProvisionTopic.AGENCY_UNIQUE_REQUIREMENTS,
                "neither the requesting agency's unique terms and requirements nor that there are none");
    }
}
