package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The waivers an agreement records, combined with the waivers given to the validator for it.
 *
 * <p>A waiver given to the validator was checked when the validator was built; one the agreement
 * records can only be checked when the agreement is, so what would have failed the build is a
 * {@value #INVALID_ID} finding at the waiver (a rule that does not exist, a waiver longer than
 * the validator allows, the same finding waived twice in the agreement, an agreement without an
 * id to name it by), and that waiver waives nothing. A waiver given to the validator for the finding a waiver of the agreement already
 * accepts (the same rule and target) is ignored and reported by a {@value #DUPLICATE_ID}
 * finding: what the parties agreed holds, and the copy outside the agreement should go.
 */
@API(status = INTERNAL, since = "0.1")
public final class AgreedWaivers {

    /** The rule id of the finding that reports a waiver of the agreement that cannot apply. */
    public static final String INVALID_ID = "engine.waiver-invalid";

    /** The rule id of the finding that reports a waiver given again for what the agreement waives. */
    public static final String DUPLICATE_ID = "engine.waiver-duplicate";

    private AgreedWaivers() {
    }

    /**
     * The waivers to apply, the agreement's own first (where two accept one finding, the first
     * wins), with where each of the agreement's is and the findings about those that cannot apply.
     *
     * @param waivers the waivers to apply, in order
     * @param recordedAt where in the agreement each of its own waivers is, by identity
     * @param problems the {@value #INVALID_ID} and {@value #DUPLICATE_ID} findings
     */
    public record Combined(List<Waiver> waivers, Map<Waiver, JsonPointer> recordedAt, List<Finding> problems) {
    }

    /**
     * Combines the waivers {@code agreement} records with {@code given}.
     *
     * @param agreement the agreement checked
     * @param given the waivers given to the validator for this agreement, checked already
     * @param knownRules the ids of every rule the validator knows, enabled or not
     * @param maxLength the longest a waiver may run after its approval
     * @return the waivers to apply, and the findings about the agreement's
     */
    public static Combined combine(Agreement agreement, List<Waiver> given, Set<String> knownRules, Period maxLength) {
        List<AgreedWaiver> agreed = agreement.waivers();
        if (agreed.isEmpty()) {
            return new Combined(given, Map.of(), List.of());
        }
        List<Waiver> combined = new ArrayList<>(agreed.size() + given.size());
        Map<Waiver, JsonPointer> recordedAt = new IdentityHashMap<>();
        Map<List<String>, Integer> first = new HashMap<>();
        List<Finding> problems = new ArrayList<>();
        if (agreement.id().isBlank()) {
            // A waiver belongs to the agreement it names; one without an id (an error at /id
            // already) cannot be named, so what it records is reported, not applied.
            for (int i = 0; i < agreed.size(); i++) {
                problems.add(new Finding(INVALID_ID, Severity.ERROR, "the waiver of "
                        + Messages.quote(agreed.get(i).ruleId()) + " at " + Messages.quote(agreed.get(i).target())
                        + " agreed in the agreement cannot apply: the agreement has no id, so it waives nothing",
                        JsonPointer.of("waivers", i), List.of(JsonPointer.of("id")), "give the agreement its id"));
            }
            combined.addAll(given);
            return new Combined(combined, recordedAt, problems);
        }
        for (int i = 0; i < agreed.size(); i++) {
            Waiver waiver = agreed.get(i).toWaiver(agreement.id());
            JsonPointer at = JsonPointer.of("waivers", i);
            String which = "the waiver of " + Messages.quote(waiver.ruleId()) + " at " + Messages.quote(waiver.target())
                    + " agreed in the agreement";
            if (!knownRules.contains(waiver.ruleId())) {
                String suggestion = Messages.didYouMean(waiver.ruleId(), new TreeSet<>(knownRules)).orElse(null);
                problems.add(new Finding(INVALID_ID, Severity.ERROR, which + " names a rule that does not exist, so it"
                        + " waives nothing", at.append("ruleId"), List.of(), suggestion != null
                                ? "did you mean " + Messages.quote(suggestion) + "?"
                                : "name a rule this validator knows (docs/rules.md lists the built-in rules)"));
                continue;
            }
            LocalDate latest = waiver.approved().plus(maxLength);
            if (waiver.expires().isAfter(latest)) {
                problems.add(new Finding(INVALID_ID, Severity.ERROR, which + " runs from " + waiver.approved() + " to "
                        + waiver.expires() + ", longer than the longest a waiver may run (" + maxLength
                        + "), so it waives nothing", at.append("expires"), List.of(),
                        "let it expire by " + latest + ", or raise maxWaiverLength in the validator's configuration"));
                continue;
            }
            Integer earlier = first.putIfAbsent(List.of(waiver.ruleId(), waiver.target()), i);
            if (earlier != null) {
                problems.add(new Finding(INVALID_ID, Severity.ERROR, which + " repeats the waiver at /waivers/" + earlier
                        + ", which applies; this one waives nothing", at, List.of(JsonPointer.of("waivers", earlier)),
                        "keep one waiver per finding"));
                continue;
            }
            combined.add(waiver);
            recordedAt.put(waiver, at);
        }
        for (Waiver waiver : given) {
            Integer same = first.get(List.of(waiver.ruleId(), waiver.target()));
            if (same == null) {
                combined.add(waiver);
                continue;
            }
            problems.add(new Finding(DUPLICATE_ID, Severity.WARNING, "the waiver of " + Messages.quote(waiver.ruleId())
                    + " at " + Messages.quote(waiver.target()) + " given to the validator, approved by "
                    + Messages.quote(waiver.approvedBy()) + " until " + waiver.expires()
                    + ", repeats the waiver the agreement records here, which applies until "
                    + agreed.get(same).expires() + "; the other is ignored", JsonPointer.of("waivers", same), List.of(),
                    "remove the waiver from the waiver file: the agreement's own waiver decides"));
        }
        return new Combined(List.copyOf(combined), recordedAt, List.copyOf(problems));
    }
}
