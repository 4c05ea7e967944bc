package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Finding;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The findings of two versions of an agreement side by side, matched by
 * {@linkplain Finding#fingerprint() fingerprint}: what the current version introduces, what it
 * resolves, and what it leaves as it was. Made by {@link AgreementDiff#findings}.
 *
 * @param introduced findings of the current version that the previous one did not have, in report order
 * @param resolved findings of the previous version that the current one no longer has, in report order
 * @param unchanged findings of the current version that the previous one had too, in report order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FindingComparison(List<Finding> introduced, List<Finding> resolved, List<Finding> unchanged) {

    /**
     * Copies the lists.
     *
     * @param introduced findings of the current version that the previous one did not have, in
     *     report order
     * @param resolved findings of the previous version that the current one no longer has, in
     *     report order
     * @param unchanged findings of the current version that the previous one had too, in report
     *     order
     */
    public FindingComparison {
        introduced = List.copyOf(introduced);
        resolved = List.copyOf(resolved);
        unchanged = List.copyOf(unchanged);
    }
}
