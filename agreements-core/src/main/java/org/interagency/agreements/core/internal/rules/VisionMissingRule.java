package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.missing}: the agreement states a shared vision. Without one, every party reads
 * its own purpose into the agreement, and the goals have nothing to serve.
 */
@API(status = INTERNAL, since = "0.1")
public final class VisionMissingRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public VisionMissingRule() {
        super("vision.missing", Severity.WARNING, Principle.SHARED_VISION,
                "The agreement states a shared vision.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        String vision = agreement.vision();
        if (vision == null || vision.isBlank()) {
            context.report(JsonPointer.of("vision"), "the agreement states no shared vision",
                    "add a vision statement of a few sentences that every party endorses");
        }
    }
}
