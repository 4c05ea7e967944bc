package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.signing.DetachedSignature;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The detached-signature document: {@code {"signatures": [...]}}.
 *
 * @param signatures the signatures, in order
 */
@API(status = INTERNAL, since = "0.1")
public record SignatureDocument(List<DetachedSignature> signatures) {

    /** Copies the list. */
    public SignatureDocument {
        signatures = List.copyOf(signatures);
    }
}
