package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The root of every failure the library itself reports: a document that cannot be read, a
 * configuration that cannot be applied, an agreement that cannot be canonicalized or signed.
 * Unchecked; catch it to handle every such failure at once, or catch one of its subtypes.
 *
 * <p>Misuse of the API (a {@code null} argument, a negative limit) is not among them: it throws
 * the JDK's {@link NullPointerException} or {@link IllegalArgumentException}, as the JDK does.
 */
@API(status = STABLE, since = "0.1")
public class AgreementsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for a person.
     *
     * @param message what is wrong and where, in words a person can act on
     */
    public AgreementsException(String message) {
        super(message);
    }

    /**
     * An exception with a message for a person and the lower-level cause.
     *
     * @param message what is wrong and where, in words a person can act on
     * @param cause the lower-level failure that led to this one
     */
    public AgreementsException(String message, Throwable cause) {
        super(message, cause);
    }
}
