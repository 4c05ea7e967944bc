package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code comms.no-channel-reaches-all}: at least one channel (its owner and participants) reaches
 * every party. Without one, news travels agency to agency and some party always hears last.
 * Fires also when the agreement has no channel at all.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoChannelReachesAllRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoChannelReachesAllRule() {
        super("comms.no-channel-reaches-all", Severity.WARNING, Principle.COMMUNICATION,
                "At least one communication channel reaches every party.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> parties = agreement.partyIds();
        for (CommunicationChannel channel : agreement.channels()) {
            Set<String> reached = new HashSet<>(channel.participants());
            reached.add(channel.ownerAgencyId());
            if (reached.containsAll(parties)) {
                return;
            }
        }
        context.report(JsonPointer.of("channels"),
                agreement.channels().isEmpty()
                        ? "the agreement sets up no communication channel"
                        : "no communication channel reaches every party",
                "set up a channel (a meeting, a shared platform, a mailing list) whose owner and participants"
                        + " include every party");
    }
}
