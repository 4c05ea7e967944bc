package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.protected-without-breach-window}: a protocol sharing personal or sensitive data
 * says how soon a recipient tells the provider of a breach. The provider answers for the data
 * (OMB M-17-12 has agencies report incidents to US-CERT within one hour), and can only do so if
 * it hears in time.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProtectedDataWithoutBreachWindowRule extends ProtectedDataRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ProtectedDataWithoutBreachWindowRule() {
        super("data.protected-without-breach-window", Severity.ERROR,
                "A protocol sharing personal or sensitive data sets a breach notification window.",
                new Safeguard("breachNotificationWindow", protocol -> protocol.breachNotificationWindow() == null,
                        "with no breach notification window",
                        "set how soon a recipient notifies the provider of a breach (for example PT1H)"));
    }
}
