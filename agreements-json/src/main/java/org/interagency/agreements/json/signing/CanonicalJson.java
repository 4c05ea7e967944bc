package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.internal.Canonicalizer;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Limits;
import org.interagency.agreements.json.internal.Utf8;
import org.interagency.agreements.json.AgreementJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of agreements and of JSON documents, and the
 * SHA-256 digest of an agreement's canonical form: the bytes that agencies hash and sign.
 *
 * <p>The canonical form of an agreement is the canonical form of its JSON document as
 * {@link AgreementJson} writes it: the same agreement always gives the same bytes, whatever
 * the key order, whitespace or escapes of the document it was read from.
 *
 * <p><b>Amounts.</b> RFC 8785 writes every number as an IEEE 754 double. An agreement's decimals
 * ({@code Measure.target}, {@code ResourceCommitment.amount}, ...) are {@code BigDecimal}s, so
 * canonicalizing an agreement requires each decimal to equal, as a number, the shortest decimal
 * of its nearest double: every decimal of at most 15 significant digits does (for example
 * {@code 1234567890123.45}); a decimal such as {@code 0.10000000000000000001} is refused with a
 * {@link CanonicalFormException} rather than signed as a different number. Decimals that differ
 * only in trailing zeros ({@code 2.50} and {@code 2.5}) are the same number and have the same
 * canonical form.
 *
 * <pre>{@code
 * byte[] canonical = CanonicalJson.canonicalize(agreement);
 * String digest = CanonicalJson.sha256Hex(agreement);   // 64 lower-case hex digits
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class CanonicalJson {

    private static final Limits LIMITS = new Limits(AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES * 16,
            AgreementJson.DEFAULT_MAX_DEPTH, Integer.MAX_VALUE, AgreementJson.DEFAULT_MAX_PROPERTY_NAME_LENGTH * 4,
            AgreementJson.DEFAULT_MAX_NUMBER_LENGTH * 16, Long.MAX_VALUE, 1);
    private static final Canonicalizer AGREEMENTS = new Canonicalizer(Documents.strictJsonFactory(LIMITS), true);
    private static final Canonicalizer DOCUMENTS = new Canonicalizer(Documents.strictJsonFactory(LIMITS), false);
    private static final AgreementJson WRITER = AgreementJson.defaults();

    private CanonicalJson() {
    }

    /**
     * {@return the canonical UTF-8 bytes of {@code agreement}}
     *
     * @param agreement the agreement
     * @throws CanonicalFormException if a decimal of the agreement cannot be written exactly as a
     *     double (see the class description)
     */
    public static byte[] canonicalize(Agreement agreement) {
        return AGREEMENTS.canonicalize(WRITER.writeBytes(Objects.requireNonNull(agreement, "agreement")));
    }

    /**
     * {@return the canonical form of any JSON document, in UTF-8, as RFC 8785 defines it: numbers
     * are read as doubles, so {@code 1.0} and {@code 1} are the same}
     *
     * @param json a JSON document in UTF-8
     * @throws CanonicalFormException if the document is not I-JSON (RFC 7493)
     */
    public static byte[] canonicalize(byte[] json) {
        return DOCUMENTS.canonicalize(Objects.requireNonNull(json, "json"));
    }

    /**
     * {@link #canonicalize(byte[])} for a document held as text.
     *
     * @param json a JSON document
     * @return its canonical form, as text
     */
    public static String canonicalize(String json) {
        return new String(canonicalize(Utf8.encode(json)), StandardCharsets.UTF_8);
    }

    /**
     * {@return the SHA-256 digest of the canonical form of {@code agreement}}
     *
     * @param agreement the agreement
     */
    public static byte[] sha256(Agreement agreement) {
        return sha256(canonicalize(agreement));
    }

    /**
     * {@return the SHA-256 digest of the canonical form of {@code agreement}, as 64 lower-case hex
     * digits}
     *
     * @param agreement the agreement
     */
    public static String sha256Hex(Agreement agreement) {
        return HexFormat.of().formatHex(sha256(agreement));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256 (java.security.MessageDigest)", e);
        }
    }
}
