package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import java.security.PublicKey;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Finds the public key a verifier trusts for an agency's key id: the verifier's own record of
 * which agency holds which key, so that a signature claiming to be an agency's holds only with
 * that agency's key.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface PublicKeyResolver {

    /**
     * {@return the trusted key {@code keyId} of {@code agencyId}, or empty if the verifier knows
     * none}
     *
     * @param agencyId the id of the signing agency
     * @param keyId the signer's name for the key
     */
    Optional<PublicKey> find(String agencyId, String keyId);
}
