package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.ElementId;

import org.interagency.agreements.json.internal.Base64Text;

import java.util.Base64;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One agency's signature of an agreement, kept apart from the agreement: an Ed25519 signature of
 * the agreement's RFC 8785 canonical form ({@link CanonicalJson#canonicalize(Agreement)}).
 *
 * <p>In a detached-signature document ({@link AgreementSignatures#writeDocument}) it is written
 * {@code {"signerAgencyId": "county-oem", "keyId": "county-oem-2026", "algorithm": "Ed25519",
 * "value": "base64..."}}.
 *
 * @param signerAgencyId the agency that signed, as in the agreement's parties
 * @param keyId the signer's name for the key, by which a verifier finds the public key
 * @param algorithm the signature algorithm; {@value #ED25519} is the one this library makes and checks
 * @param value the signature bytes in base64 (RFC 4648 section 4, with padding, no line breaks)
 */
@API(status = STABLE, since = "0.1")
public record DetachedSignature(@ElementId String signerAgencyId, String keyId, String algorithm, String value) {

    /** The name of the Ed25519 algorithm (RFC 8032), as {@code java.security} and documents write it. */
    public static final String ED25519 = "Ed25519";

    /**
     * Checks that every part is present.
     *
     * @param signerAgencyId the agency that signed, as in the agreement's parties
     * @param keyId the signer's name for the key, by which a verifier finds the public key
     * @param algorithm the signature algorithm; {@value #ED25519} is the one this library makes and
     *     checks
     * @param value the signature bytes in base64 (RFC 4648 section 4, with padding, no line breaks)
     */
    public DetachedSignature {
        Objects.requireNonNull(signerAgencyId, "signerAgencyId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the signature bytes}
     *
     * @throws IllegalArgumentException if {@link #value()} is not base64 in its one canonical form
     *     (RFC 4648 section 4, with padding): stripped padding, for one, is not accepted
     */
    public byte[] bytes() {
        String problem = Base64Text.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("the signature value is not canonical base64: " + problem);
        }
        return Base64.getDecoder().decode(value);
    }
}
