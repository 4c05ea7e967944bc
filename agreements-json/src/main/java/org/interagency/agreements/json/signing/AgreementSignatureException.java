package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import org.interagency.agreements.json.AgreementJsonException;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An agreement could not be signed, or a signature could not be checked at all: the key is not
 * an Ed25519 key, or the JDK offers no Ed25519. A signature that does not hold is not an
 * exception; {@link AgreementSignatures#verify} reports it.
 */
@API(status = STABLE, since = "0.1")
public final class AgreementSignatureException extends AgreementJsonException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for a person and the cause from {@code java.security}.
     *
     * @param message what is wrong, for a person
     * @param cause the exception from {@code java.security}
     */
    public AgreementSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
