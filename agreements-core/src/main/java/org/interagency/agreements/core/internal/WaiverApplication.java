package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Applies the waivers of one agreement to the findings the rules reported, after they ran: a
 * finding a waiver accepts is marked with it and kept; an expired waiver leaves its findings active
 * and adds one {@value #EXPIRED_ID} finding; a waiver that accepts nothing adds one
 * {@value #UNUSED_ID} finding. No finding is ever removed.
 */
@API(status = INTERNAL, since = "0.1")
public final class WaiverApplication {

    /** The rule id of the finding that reports an expired waiver. */
    public static final String EXPIRED_ID = "engine.waiver-expired";

    /** The rule id of the finding that reports a waiver that matches no finding. */
    public static final String UNUSED_ID = "engine.waiver-unused";

    private WaiverApplication() {
    }

    /**
     * The findings with the waivers applied on {@code today}: the same findings in the same
     * order, some marked waived, then the engine's findings about the waivers.
     *
     * @param findings the rules' findings, none waived yet
     * @param waivers the waivers of this agreement, in the order given; where two accept one
     *     finding, the first wins
     * @param today the validator's today
     */
    public static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, LocalDate today) {
        return apply(findings, waivers, today, Map.of());
    }

    /**
     * The findings with the waivers applied on {@code today}, as {@link #apply(List, List,
     * LocalDate)}; a waiver recorded in the agreement is where its engine finding points when it
     * matches no finding.
     *
     * @param findings the rules' findings, none waived yet
     * @param waivers the waivers of this agreement, in the order given; where two accept one
     *     finding, the first wins
     * @param today the validator's today
     * @param recordedAt where in the agreement each waiver it records is, by identity (the
     *     agreement's {@code /waivers/i}); a waiver from outside has no entry
     * @return {@code findings} itself when there are no waivers, else a new list; the caller may
     *     add to either (the validator adds the findings about the agreement's own waivers)
     */
    public static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, LocalDate today,
            Map<Waiver, JsonPointer> recordedAt) {
        if (waivers.isEmpty()) {
            return findings;
        }
        // Two indexes, so that applying w waivers to n findings costs O(n + w), not O(n w). Each
        // holds only the findings of rules that some waiver targets that way: a fingerprint is
        // computed when read, and most findings need none.
        Set<String> byLocationRules = new HashSet<>();
        Set<String> byFingerprintRules = new HashSet<>();
        for (Waiver waiver : waivers) {
            (waiver.location().isPresent() ? byLocationRules : byFingerprintRules).add(waiver.ruleId());
        }
        Map<String, List<Integer>> byLocation = new HashMap<>();
        Map<String, List<Integer>> byFingerprint = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (byLocationRules.contains(finding.ruleId())) {
                byLocation.computeIfAbsent(key(finding.ruleId(), finding.location().toString()),
                        k -> new ArrayList<>()).add(i);
            }
            String fingerprint = byFingerprintRules.contains(finding.ruleId()) ? finding.fingerprint() : null;
            if (fingerprint != null) {
                byFingerprint.computeIfAbsent(key(finding.ruleId(), fingerprint), k -> new ArrayList<>()).add(i);
            }
        }
        List<Finding> result = new ArrayList<>(findings);
        List<Finding> about = new ArrayList<>();
        for (Waiver waiver : waivers) {
            Map<String, List<Integer>> index = waiver.location().isPresent() ? byLocation : byFingerprint;
            List<Integer> matched = index.getOrDefault(key(waiver.ruleId(), waiver.target()), List.of());
            boolean holds = waiver.holdsOn(today);
            if (holds) {
                for (int i : matched) {
                    if (!result.get(i).isWaived()) {
                        result.set(i, result.get(i).withWaiver(waiver));
                    }
                }
            }
            JsonPointer recorded = recordedAt.get(waiver);
            JsonPointer where = !matched.isEmpty() ? findings.get(matched.get(0)).location()
                    : recorded != null ? recorded
                    : waiver.location().orElse(JsonPointer.root());
            if (!holds) {
                about.add(expired(waiver, where, matched.size()));
            } else if (matched.isEmpty()) {
                about.add(unused(waiver, where));
            }
        }
        result.addAll(about);
        return result;
    }

    private static String key(String ruleId, String target) {
        return ruleId + '\u0000' + target;
    }

    private static Finding expired(Waiver waiver, JsonPointer where, int matched) {
        String findings = matched == 0 ? "it matches no finding now"
                : matched == 1 ? "its finding is active again" : "its " + matched + " findings are active again";
        return new Finding(EXPIRED_ID, Severity.WARNING,
                "the waiver of " + Messages.quote(waiver.ruleId()) + " at " + Messages.quote(waiver.target())
                        + agreed(waiver) + ", approved by " + Messages.quote(waiver.approvedBy()) + ", expired on "
                        + waiver.expires() + ": " + findings,
                where, List.of(),
                "fix the finding and remove the waiver, or have the waiver approved again with a new expiry date");
    }

    /** Nothing for a waiver from outside the agreement, whose messages are as they were before agreed waivers. */
    private static String agreed(Waiver waiver) {
        return waiver.isAgreed() ? " agreed in the agreement" : "";
    }

    private static Finding unused(Waiver waiver, JsonPointer where) {
        return new Finding(UNUSED_ID, Severity.INFO,
                "the waiver of " + Messages.quote(waiver.ruleId()) + " at " + Messages.quote(waiver.target())
                        + agreed(waiver) + ", approved by " + Messages.quote(waiver.approvedBy()) + ", accepts no finding",
                where, List.of(),
                "the finding it accepted is gone or has moved: remove the waiver, or point it at the finding's new"
                        + " location");
    }
}
