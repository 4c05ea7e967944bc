package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code leadership.no-resources}: some party commits resources (funding, staff, equipment,
 * facilities or services). Leadership that commits nothing commits the agreement to staff's
 * spare time.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoResourcesRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoResourcesRule() {
        super("leadership.no-resources", Severity.WARNING, Principle.LEADERSHIP,
                "At least one party commits resources to the agreement.",
                "resourceCommitments", Agreement::resourceCommitments, "no party commits any resource to the agreement",
                "record what each party contributes: funding, staff, equipment, facilities or services");
    }
}
