package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code training.none}: the agreement plans cross-agency training. Staff who have never learnt
 * each other's procedures apply the agreement each in their own way.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoTrainingRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoTrainingRule() {
        super("training.none", Severity.WARNING, Principle.TRAINING,
                "The agreement plans at least one cross-agency training programme.",
                "trainingProgrammes", Agreement::trainingProgrammes, "the agreement plans no training programme",
                "plan training on the agreement's procedures and protocols, given by one party to the others");
    }
}
