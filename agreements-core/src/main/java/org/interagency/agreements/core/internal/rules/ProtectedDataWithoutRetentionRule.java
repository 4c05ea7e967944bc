package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.protected-without-retention}: a protocol sharing personal or sensitive data limits
 * how long the recipients keep it. Data kept without limit outlives its purpose and widens the
 * harm of any later breach; for computer matching, 5 U.S.C. 552a(o)(1)(F) requires the agreement
 * to state how long records are retained.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProtectedDataWithoutRetentionRule extends ProtectedDataRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ProtectedDataWithoutRetentionRule() {
        super("data.protected-without-retention", Severity.ERROR,
                "A protocol sharing personal or sensitive data limits how long it is retained.",
                new Safeguard("retention", protocol -> protocol.retention() == null, "with no retention limit",
                        "set a retention period (for example P3Y) no longer than the purpose needs"));
    }
}
