package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Whether one detached signature holds for an agreement.
 *
 * @param signature the signature checked
 * @param outcome what the check found
 */
@API(status = STABLE, since = "0.1")
public record SignatureCheck(DetachedSignature signature, Outcome outcome) {

    /** What checking a signature found. */
    @API(status = STABLE, since = "0.1")
    public enum Outcome {
        /** The signature is the key holder's signature of this agreement's canonical form. */
        HOLDS,
        /** The signature does not match: the agreement changed, or another key signed it. */
        DOES_NOT_HOLD,
        /** The verifier knows no key by this id for this agency. */
        UNKNOWN_KEY,
        /** The signature names an algorithm other than Ed25519. */
        UNSUPPORTED_ALGORITHM,
        /** The signature value is not base64, or the key found is not an Ed25519 key. */
        MALFORMED
    }

    /**
     * Checks that the parts are present.
     *
     * @param signature the signature checked
     * @param outcome what the check found
     */
    public SignatureCheck {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * {@return whether the signature holds}
     */
    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }
}
