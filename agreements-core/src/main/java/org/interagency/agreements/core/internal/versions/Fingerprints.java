package org.interagency.agreements.core.internal.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The fingerprint of a finding, as {@code docs/versions.md} specifies it: the first 16 bytes of
 * the SHA-256 digest of a canonical text (format line, rule id, agreement id, the sorted key
 * paths), in lower-case hexadecimal. A finding between the agreements of a portfolio has its own
 * format line, and names each location by agreement id and key path.
 */
@API(status = INTERNAL, since = "0.1")
public final class Fingerprints {

    /** The first line of the canonical text; a new format would change it. */
    static final String FORMAT = "agreements-finding-v1";

    /** The first line of the canonical text of a finding between agreements. */
    static final String PORTFOLIO_FORMAT = "agreements-portfolio-finding-v1";

    private static final int BYTES = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final MessageDigest sha256;

    /** Fingerprints made with one digest: not for several threads at once. */
    public Fingerprints() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256 (MessageDigest's Javadoc lists it as required).
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text of a finding of {@code ruleId} in {@code agreementId} at {@code keyPaths}. */
    public static String canonicalText(String ruleId, String agreementId, List<JsonPointer> keyPaths) {
        List<String> paths = new ArrayList<>(keyPaths.size());
        for (JsonPointer path : keyPaths) {
            paths.add(path.toString());
        }
        Collections.sort(paths);
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(ruleId).append('\n').append(agreementId)
                .append('\n');
        for (String path : paths) {
            text.append(path).append('\n');
        }
        return text.toString();
    }

    /**
     * The canonical text of a finding of {@code ruleId} between agreements, at {@code places}: each
     * an agreement id, {@code #} and a key path ({@code mou-a#/responsibilities/evacuation}).
     */
    public static String portfolioCanonicalText(String ruleId, List<String> places) {
        List<String> sorted = new ArrayList<>(places);
        Collections.sort(sorted);
        StringBuilder text = new StringBuilder(PORTFOLIO_FORMAT).append('\n').append(ruleId).append('\n');
        for (String place : sorted) {
            text.append(place).append('\n');
        }
        return text.toString();
    }

    /** The fingerprint of a finding of {@code ruleId} in {@code agreementId} at {@code keyPaths}. */
    public String fingerprint(String ruleId, String agreementId, List<JsonPointer> keyPaths) {
        return digest(canonicalText(ruleId, agreementId, keyPaths));
    }

    /** The fingerprint of a finding of {@code ruleId} between agreements, at {@code places}. */
    public String portfolioFingerprint(String ruleId, List<String> places) {
        return digest(portfolioCanonicalText(ruleId, places));
    }

    private String digest(String canonicalText) {
        byte[] digest = sha256.digest(canonicalText.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[2 * BYTES];
        for (int i = 0; i < BYTES; i++) {
            hex[2 * i] = HEX[digest[i] >> 4 & 0xf];
            hex[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(hex);
    }
}
