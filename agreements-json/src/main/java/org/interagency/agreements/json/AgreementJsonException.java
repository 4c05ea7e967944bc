package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreementsException;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The root of every exception this module throws: reading a document, canonicalizing or signing
 * an agreement. Unchecked; catch it to handle every failure of the document layer at once, or
 * catch {@link AgreementsException} for every failure of the library.
 */
@API(status = STABLE, since = "0.1")
public class AgreementJsonException extends AgreementsException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for a person.
     *
     * @param message what is wrong, for a person
     */
    public AgreementJsonException(String message) {
        super(message);
    }

    /**
     * An exception with a message for a person and the lower-level cause.
     *
     * @param message what is wrong, for a person
     * @param cause the lower-level exception
     */
    public AgreementJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
