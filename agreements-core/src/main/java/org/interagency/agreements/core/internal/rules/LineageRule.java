package org.interagency.agreements.core.internal.rules;

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
import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code versions.lineage}: a version of an agreement supersedes or renews an earlier version of
 * it, never itself or a later one. A document that claims to replace itself has lost track of its
 * own history, and a comparison with "the version it supersedes" would compare it with itself.
 */
@API(status = INTERNAL, since = "0.1")
public final class LineageRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public LineageRule() {
        super("versions.lineage", Severity.ERROR, Principle.FOUNDATIONS,
                "A version supersedes or renews an earlier version of the agreement, not itself or a later one.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Lineage lineage = agreement.lineage();
        if (lineage == null) {
            context.notApplicable("the agreement does not say which version it is");
            return;
        }
        check(agreement, lineage, lineage.supersedes(), "supersedes", context);
        check(agreement, lineage, lineage.renews(), "renews", context);
    }

    private static void check(Agreement agreement, Lineage lineage, @Nullable AgreementVersion named, String how,
            RuleContext context) {
        // Another agreement's versions are not comparable with this one's; malformed versions are
        // Bean Validation's to report.
        if (named == null || !named.id().equals(agreement.id()) || !wellFormed(named.version())
                || !wellFormed(lineage.version())) {
            return;
        }
        int order = Lineage.compareVersions(named.version(), lineage.version());
        if (order >= 0) {
            String what = order == 0 ? "itself" : "a later version of itself";
            context.report(JsonPointer.of("lineage", how),
                    "version " + Messages.quote(lineage.version()) + " of the agreement " + how + " " + what
                            + " (version " + Messages.quote(named.version()) + ")",
                    "name the earlier version this document " + how + ", or give this document a later version");
        }
    }

    private static boolean wellFormed(String version) {
        return version.matches(AgreementVersion.VERSION_PATTERN);
    }
}
