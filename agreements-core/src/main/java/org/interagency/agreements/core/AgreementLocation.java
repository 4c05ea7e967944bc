package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;

import java.util.Comparator;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A place in one agreement of a portfolio: the agreement's id and a JSON Pointer into its
 * document form.
 *
 * @param agreementId the {@link org.interagency.agreements.Agreement#id()} of the agreement
 * @param pointer where in that agreement, for example {@code /responsibilities/3/assignments/1}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AgreementLocation(String agreementId, JsonPointer pointer) implements Comparable<AgreementLocation> {

    private static final Comparator<AgreementLocation> ORDER = Comparator
            .comparing(AgreementLocation::agreementId)
            .thenComparing(AgreementLocation::pointer);

    /**
     * Checks that both parts are present.
     *
     * @param agreementId the {@link org.interagency.agreements.Agreement#id()} of the agreement
     * @param pointer where in that agreement, for example {@code /responsibilities/3/assignments/1}
     */
    public AgreementLocation {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** Orders by agreement id, then pointer. */
    @Override
    public int compareTo(AgreementLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code agreement-id#/responsibilities/3/assignments/1}. */
    @Override
    public String toString() {
        return agreementId + "#" + pointer;
    }
}
