package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

/**
 * A user's own rule: a state's policy that every mutual-aid compact and memorandum of
 * understanding for emergencies names a hotline the parties can reach around the clock.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in this module's
 * {@code META-INF/services/org.interagency.agreements.rules.Rule}, so every validator built
 * with rule discovery on (the default) runs it, next to the built-in catalogue.
 */
public final class HotlineRequiredRule extends AbstractRule {

    /** The rule's id: a user's rules take an area of their own ({@code state}). */
    public static final String ID = "state.hotline-required";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public HotlineRequiredRule() {
        super(ID, Severity.WARNING, Principle.COMMUNICATION,
                "Mutual-aid compacts and memoranda of understanding name a hotline.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        boolean applies = agreement.kind() == AgreementKind.MUTUAL_AID
                || agreement.kind() == AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
        boolean hasHotline = agreement.channels().stream().anyMatch(c -> c.kind() == ChannelKind.HOTLINE);
        if (applies && !hasHotline) {
            // The id comes from the document: quote it with the library's one quoting rule.
            context.report(JsonPointer.of("channels"), "agreement " + Messages.quote(agreement.id())
                    + " names no hotline; state policy requires one for emergency agreements",
                    "add a channel of kind \"hotline\" owned by the lead agency");
        }
    }
}
