package org.interagency.agreements.json.signing;

import org.apiguardian.api.API;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Which signatures of an agreement hold, in the order they were given.
 *
 * @param checks one check per signature
 */
@API(status = STABLE, since = "0.1")
public record SignatureReport(List<SignatureCheck> checks) {

    /**
     * Copies the checks.
     *
     * @param checks one check per signature
     */
    public SignatureReport {
        checks = List.copyOf(checks);
    }

    /**
     * {@return whether there is at least one signature and every one holds}
     */
    public boolean allHold() {
        return !checks.isEmpty() && checks.stream().allMatch(SignatureCheck::holds);
    }

    /**
     * {@return the agencies with at least one signature that holds, in order of first appearance}
     */
    public Set<String> agenciesThatSigned() {
        Set<String> agencies = new LinkedHashSet<>();
        for (SignatureCheck check : checks) {
            if (check.holds()) {
                agencies.add(check.signature().signerAgencyId());
            }
        }
        return Set.copyOf(agencies);
    }

    /**
     * {@return the checks of signatures that do not hold, for whatever reason}
     */
    public List<SignatureCheck> failures() {
        return checks.stream().filter(check -> !check.holds()).toList();
    }
}
