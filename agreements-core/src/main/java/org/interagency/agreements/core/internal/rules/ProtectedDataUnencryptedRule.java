package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.protected-unencrypted}: personal or sensitive data is encrypted both in transit
 * and at rest. Federal systems must protect such data with FIPS 140 validated cryptography (NIST
 * SP 800-53 SC-8 and SC-28); a breach of unencrypted personal data is a reportable incident
 * under OMB M-17-12. Each missing safeguard is a finding of its own.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProtectedDataUnencryptedRule extends ProtectedDataRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ProtectedDataUnencryptedRule() {
        super("data.protected-unencrypted", Severity.ERROR,
                "A protocol sharing personal or sensitive data encrypts it in transit and at rest.",
                new Safeguard("encryptedInTransit", protocol -> !protocol.encryptedInTransit(),
                        "without encryption in transit",
                        "encrypt every transfer (TLS 1.2 or later, or encrypted files) and set encryptedInTransit"),
                new Safeguard("encryptedAtRest", protocol -> !protocol.encryptedAtRest(), "without encryption at rest",
                        "require the recipients to store the data encrypted and set encryptedAtRest"));
    }
}
