package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

/**
 * {@code vision.missing}: the agreement states a shared vision. Without one, every party reads
 * its own purpose into the agreement, and the goals have nothing to serve.
 */
public final class VisionMissingRule extends CatalogueRule {

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
