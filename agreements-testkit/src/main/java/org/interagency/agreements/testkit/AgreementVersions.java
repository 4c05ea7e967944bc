package org.interagency.agreements.testkit;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Two versions of one agreement, for a rule that compares them: check {@code current} with
 * {@code previous} as the version it follows ({@code validator.validate(current, previous)}).
 * Made by {@link Defects#versionsOf(String)}.
 *
 * @param previous the earlier version
 * @param current the later version, which renews or supersedes {@code previous}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AgreementVersions(Agreement previous, Agreement current) {

    /**
     * Checks that both versions are present.
     *
     * @param previous the earlier version; not {@code null}
     * @param current the later version, which renews or supersedes {@code previous}; not
     *     {@code null}
     * @throws NullPointerException if either version is {@code null}
     */
    public AgreementVersions {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }
}
