package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import org.interagency.agreements.json.AgreementJsonException;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A value has no RFC 8785 canonical form: the input is not I-JSON (duplicate names, an unpaired
 * surrogate, a number beyond the range of a double), or an agreement holds a decimal that a
 * double cannot represent exactly (more than 15 significant digits, see {@link CanonicalJson}).
 */
@API(status = STABLE, since = "0.1")
public final class CanonicalFormException extends AgreementJsonException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception saying what has no canonical form, and why.
     *
     * @param message what has no canonical form, and why
     */
    public CanonicalFormException(String message) {
        super(message);
    }
}
