package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.VersionComparison;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.renewal-without-change}: the Data Integrity Board "may, without additional review,
 * renew the matching agreement ... if (i) such program will be conducted without any change"
 * (5 U.S.C. 552a(o)(2)(D)(i)). A renewal ({@code lineage.renews}) that changes the program is a
 * new agreement, to be reviewed and approved as one.
 *
 * <p>The rule reads the comparison with the version renewed, which the caller hands the
 * validator ({@code AgreementValidator.validate(renewal, renewed)}, {@code agreements diff
 * --findings}, {@code check --baseline}); without it the outcome is <i>unknown</i>. Every
 * material change is a finding, except the renewal's own terms: its term (the new dates), its
 * status and its signatures, and its lineage. Administrative changes (a new contact, a reworded
 * title) change no program.
 */
@API(status = INTERNAL, since = "0.1")
public final class RenewalWithoutChangeRule extends AbstractRule {

    /**
     * What a renewal changes by being one: the dates it runs, whether it is in force, who signed
     * it and when, and the versions it names.
     */
    private static final Set<String> RENEWAL_SECTIONS = Set.of("term", "status", "signatories", "lineage");

    /** Creates the rule. */
    public RenewalWithoutChangeRule() {
        super("us-cma.renewal-without-change", Severity.ERROR, Principle.FOUNDATIONS,
                "A computer matching agreement is renewed without a new review only if the program continues without any change.",
                List.of(Cma.privacyAct("(o)(2)(D)(i)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Lineage lineage = agreement.lineage();
        AgreementVersion renewed = lineage == null ? null : lineage.renews();
        if (renewed == null) {
            context.notApplicable("the agreement does not say that it renews a version");
            return;
        }
        Optional<VersionComparison> comparison = context.previousVersion();
        if (comparison.isEmpty()) {
            context.unknown("the version it renews (" + Messages.quote(renewed.version()) + ") was not given to compare with");
            return;
        }
        List<Change> changes = comparison.get().material().stream()
                .filter(change -> !RENEWAL_SECTIONS.contains(change.section())).toList();
        for (Change change : changes) {
            JsonPointer at = change.currentLocation() != null ? change.currentLocation() : JsonPointer.of(change.section());
            context.report(at, () -> "the renewal " + describe(change) + "; a computer matching agreement may be renewed"
                    + " without a new review only if the program is conducted without any change",
                    "make the change in a new agreement, reviewed and approved by each Data Integrity Board, or renew"
                            + " version " + Messages.quote(renewed.version()) + " as it stands",
                    List.of());
        }
        if (changes.isEmpty()) {
            context.passed("no material change from version " + Messages.quote(renewed.version())
                    + " besides the renewal's own term, status and signatures");
        }
    }

    private static String describe(Change change) {
        String element = Messages.quote(change.element().toString());
        return switch (change.kind()) {
            case ADDED -> "adds " + element + " (" + change.currentValue() + ")";
            case REMOVED -> "removes " + element + " (" + change.previousValue() + ")";
            case CHANGED -> "changes " + element + " from " + change.previousValue() + " to " + change.currentValue();
        };
    }
}
