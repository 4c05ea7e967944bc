package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code training.single-agency}: a training programme's provider and audience span at least two
 * distinct agencies. An agency training only itself is internal training, not cross-agency.
 */
@API(status = INTERNAL, since = "0.1")
public final class SingleAgencyTrainingRule extends SectionElementRule<TrainingProgramme> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public SingleAgencyTrainingRule() {
        super("training.single-agency", Severity.WARNING, Principle.TRAINING,
                "Every training programme's provider and audience span at least two agencies.",
                Agreement::trainingProgrammes, "no training programme");
    }

    @Override
    protected void checkElement(Agreement agreement, TrainingProgramme programme, int i, RuleContext context) {
        Set<String> agencies = new HashSet<>(programme.audience());
        agencies.add(programme.providerAgencyId());
        if (agencies.size() < 2) {
            context.report(JsonPointer.of("trainingProgrammes", i, "audience"),
                    "training programme " + Messages.quote(programme.id()) + " involves only agency "
                            + Messages.quote(programme.providerAgencyId()),
                    "add the other agencies that must learn the subject to the audience",
                    List.of(JsonPointer.of("trainingProgrammes", i, "providerAgencyId")));
        }
    }
}
