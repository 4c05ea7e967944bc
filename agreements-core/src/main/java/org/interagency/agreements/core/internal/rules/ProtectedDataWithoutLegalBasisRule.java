package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.protected-without-legal-basis}: a protocol sharing personal or sensitive data cites
 * the authority that permits the disclosure. The Privacy Act forbids disclosing a record about a
 * person without consent unless an exception applies (5 U.S.C. 552a(b)), such as a published
 * routine use.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProtectedDataWithoutLegalBasisRule extends ProtectedDataRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ProtectedDataWithoutLegalBasisRule() {
        super("data.protected-without-legal-basis", Severity.ERROR,
                "A protocol sharing personal or sensitive data cites its legal basis.",
                new Safeguard("legalBasis", protocol -> protocol.legalBasis().isEmpty(), "without a legal basis",
                        "list the ids of the authorities that permit the disclosure (for personal data, a Privacy Act"
                                + " exception such as a routine use, 5 U.S.C. 552a(b))"));
    }
}
