package org.interagency.agreements.json.internal;

import org.interagency.agreements.json.signing.DetachedSignature;

import java.util.List;

/**
 * The detached-signature document: {@code {"signatures": [...]}}.
 *
 * @param signatures the signatures, in order
 */
public record SignatureDocument(List<DetachedSignature> signatures) {

    /** Copies the list. */
    public SignatureDocument {
        signatures = List.copyOf(signatures);
    }
}
