package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Which version of an agreement a document is, and which earlier version it takes the place of
 * (schema version 1.1). The versions of one agreement share its {@link Agreement#id()}: an
 * amendment {@linkplain #supersedes() supersedes} the version before it, a renewal
 * {@linkplain #renews() renews} the version whose term ends.
 *
 * <p>A version is written as one to four whole numbers separated by dots ({@code "2"},
 * {@code "2026.1"}), compared number by number: {@code "1.10"} is later than {@code "1.9"}, and
 * {@code "2"} is the same version as {@code "2.0"}. See {@link #compareVersions(String, String)}.
 *
 * <pre>{@code
 * Lineage amendment = new Lineage("2", new AgreementVersion("harris-flood-mou-2026", "1"), null);
 * }</pre>
 *
 * @param version this document's version of the agreement
 * @param supersedes the version this document replaces, for an amendment; {@code null} if none
 * @param renews the version whose term this document extends, for a renewal; {@code null} if none
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Lineage(
        @NotBlank @Pattern(regexp = AgreementVersion.VERSION_PATTERN) String version,
        @Valid @Nullable AgreementVersion supersedes,
        @Valid @Nullable AgreementVersion renews) {

    /**
     * Checks that the version is present.
     *
     * @param version this document's version of the agreement
     * @param supersedes the version this document replaces, for an amendment; {@code null} if none
     * @param renews the version whose term this document extends, for a renewal; {@code null} if
     *     none
     */
    public Lineage {
        Objects.requireNonNull(version, "version");
    }

    /**
     * Compares two versions number by number, a missing number counting as 0: negative if
     * {@code a} is earlier than {@code b}, 0 if they are the same version, positive if later.
     *
     * @param a a version, for example {@code 1.2}
     * @param b another version
     * @return negative, zero or positive as {@code a} is earlier than, the same as or later than
     *     {@code b}
     * @throws IllegalArgumentException if either is not written as dot-separated whole numbers
     */
    public static int compareVersions(String a, String b) {
        String[] left = split(a);
        String[] right = split(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long x = i < left.length ? Long.parseLong(left[i]) : 0;
            long y = i < right.length ? Long.parseLong(right[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    private static String[] split(String version) {
        if (!version.matches(AgreementVersion.VERSION_PATTERN)) {
            throw new IllegalArgumentException("a version is one to four whole numbers separated by dots, such as"
                    + " \"2\" or \"2026.1\", not " + Messages.quote(version));
        }
        return version.split("\\.");
    }
}
