package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Limits;
import org.interagency.agreements.json.internal.Signatures;
import org.interagency.agreements.json.internal.Utf8;

import java.nio.charset.StandardCharsets;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Ed25519 (RFC 8032) signatures of agreements with the JDK's own {@code java.security}: each
 * party signs the agreement's RFC 8785 canonical form ({@link CanonicalJson}) and the signatures
 * travel apart from it, as {@link DetachedSignature}s in a document of their own
 * ({@link #writeDocument(List)}).
 *
 * <p>Because the canonical form is signed, a signature survives any change of formatting (key
 * order, whitespace, escapes, JSON or YAML) and fails on any change of content.
 *
 * <pre>{@code
 * KeyPair county = AgreementSignatures.generateKeyPair();
 * DetachedSignature signature = AgreementSignatures.sign(agreement, "county-oem", "county-oem-2026", county.getPrivate());
 * SignatureReport report = AgreementSignatures.verify(agreement, List.of(signature),
 *         (agency, keyId) -> trustedKeys.find(agency, keyId));
 * report.allHold();
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class AgreementSignatures {

    private static final Documents DOCUMENTS = Documents.withoutPositions(new Limits(AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES,
            AgreementJson.DEFAULT_MAX_DEPTH, AgreementJson.DEFAULT_MAX_STRING_LENGTH,
            AgreementJson.DEFAULT_MAX_PROPERTY_NAME_LENGTH, AgreementJson.DEFAULT_MAX_NUMBER_LENGTH,
            AgreementJson.DEFAULT_MAX_TOKEN_COUNT, AgreementJson.DEFAULT_MAX_PROBLEMS), false);

    private AgreementSignatures() {
    }

    /**
     * {@return a detached-signature document holding {@code signatures}, as pretty JSON: {@code
     * {"signatures": [{"signerAgencyId": ..., "keyId": ..., "algorithm": "Ed25519", "value":
     * ...}]}}}
     *
     * @param signatures the signatures, in the order they are written
     */
    public static String writeDocument(List<DetachedSignature> signatures) {
        return new String(Signatures.write(DOCUMENTS, List.copyOf(signatures)), StandardCharsets.UTF_8);
    }

    /**
     * Reads a detached-signature document written by {@link #writeDocument(List)}, as strictly and
     * within the same default limits as {@link AgreementJson} reads an agreement.
     *
     * @param document the detached-signature document
     * @return the signatures it holds, in its order
     * @throws AgreementReadException if the document is not a valid signature document
     */
    public static List<DetachedSignature> readDocument(String document) {
        return Signatures.read(DOCUMENTS, Utf8.encode(document));
    }

    /**
     * {@return a new Ed25519 key pair from the JDK}
     */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(DetachedSignature.ED25519).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AgreementSignatureException("this Java runtime offers no Ed25519 key generator", e);
        }
    }

    /**
     * Signs the canonical form of {@code agreement} for {@code signerAgencyId} with an Ed25519
     * private key.
     *
     * @param agreement the agreement to sign
     * @param signerAgencyId the id of the signing party
     * @param key the Ed25519 private key
     * @param keyId the signer's name for the key, by which verifiers find its public key
     * @return the signature
     * @throws AgreementSignatureException if the key is not an Ed25519 private key
     * @throws CanonicalFormException if the agreement has no canonical form
     */
    public static DetachedSignature sign(Agreement agreement, String signerAgencyId, String keyId, PrivateKey key) {
        Objects.requireNonNull(signerAgencyId, "signerAgencyId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(key, "key");
        byte[] canonical = CanonicalJson.canonicalize(agreement);
        try {
            Signature signer = Signature.getInstance(DetachedSignature.ED25519);
            signer.initSign(key);
            signer.update(canonical);
            String value = Base64.getEncoder().encodeToString(signer.sign());
            return new DetachedSignature(signerAgencyId, keyId, DetachedSignature.ED25519, value);
        } catch (InvalidKeyException e) {
            throw new AgreementSignatureException("the key of " + signerAgencyId + " is not an Ed25519 private key ("
                    + key.getAlgorithm() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new AgreementSignatureException("this Java runtime cannot make Ed25519 signatures", e);
        }
    }

    /**
     * Checks each signature against the canonical form of {@code agreement}, with the keys the
     * verifier trusts.
     *
     * @param agreement the agreement signed
     * @param signatures the signatures to check
     * @param keys the public keys the verifier trusts, by signer and key id
     * @return the result of each check
     * @throws CanonicalFormException if the agreement has no canonical form
     */
    public static SignatureReport verify(Agreement agreement, List<DetachedSignature> signatures,
            PublicKeyResolver keys) {
        Objects.requireNonNull(keys, "keys");
        byte[] canonical = CanonicalJson.canonicalize(agreement);
        List<SignatureCheck> checks = new ArrayList<>(signatures.size());
        for (DetachedSignature signature : signatures) {
            checks.add(new SignatureCheck(signature, check(canonical, signature, keys)));
        }
        return new SignatureReport(checks);
    }

    private static SignatureCheck.Outcome check(byte[] canonical, DetachedSignature signature,
            PublicKeyResolver keys) {
        if (!DetachedSignature.ED25519.equals(signature.algorithm())) {
            return SignatureCheck.Outcome.UNSUPPORTED_ALGORITHM;
        }
        Optional<PublicKey> key = keys.find(signature.signerAgencyId(), signature.keyId());
        if (key.isEmpty()) {
            return SignatureCheck.Outcome.UNKNOWN_KEY;
        }
        byte[] value;
        try {
            value = signature.bytes();
        } catch (IllegalArgumentException e) {
            return SignatureCheck.Outcome.MALFORMED;
        }
        try {
            Signature verifier = Signature.getInstance(DetachedSignature.ED25519);
            verifier.initVerify(key.get());
            verifier.update(canonical);
            return verifier.verify(value) ? SignatureCheck.Outcome.HOLDS : SignatureCheck.Outcome.DOES_NOT_HOLD;
        } catch (InvalidKeyException e) {
            return SignatureCheck.Outcome.MALFORMED;
        } catch (java.security.SignatureException e) {
            // An Ed25519 signature of the wrong length or encoding.
            return SignatureCheck.Outcome.MALFORMED;
        } catch (GeneralSecurityException e) {
            throw new AgreementSignatureException("this Java runtime cannot check Ed25519 signatures", e);
        }
    }
}
