package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code refs.unknown-reference}: a milestone's goal, a protocol's legal basis (authority ids), a
 * training programme's protocols and an escalation level's governance body resolve to an element
 * of the agreement. A reference that resolves to nothing binds nobody to anything.
 */
@API(status = INTERNAL, since = "0.1")
public final class UnknownReferenceRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public UnknownReferenceRule() {
        super("refs.unknown-reference", Severity.ERROR, Principle.FOUNDATIONS,
                "References to goals, authorities, protocols and governance bodies resolve.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.milestones().isEmpty()
                && agreement.dataSharingProtocols().stream().allMatch(p -> p.legalBasis().isEmpty())
                && agreement.trainingProgrammes().stream().allMatch(t -> t.protocols().isEmpty())
                && agreement.escalationPaths().stream().flatMap(p -> p.levels().stream())
                        .allMatch(level -> level.governanceBodyId() == null)) {
            context.notApplicable("the agreement refers to no goal, authority, protocol or governance body by id");
            return;
        }
        Set<String> goals = ids(agreement.goals(), Goal::id);
        for (int i = 0; i < agreement.milestones().size(); i++) {
            resolve(agreement.milestones().get(i).goalId(), JsonPointer.of("milestones", i, "goalId"), "goal", goals,
                    context);
        }
        Set<String> authorities = ids(agreement.authorities(), LegalAuthority::id);
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            List<String> basis = protocols.get(i).legalBasis();
            for (int j = 0; j < basis.size(); j++) {
                resolve(basis.get(j), JsonPointer.of("dataSharingProtocols", i, "legalBasis", j), "legal authority",
                        authorities, context);
            }
        }
        Set<String> protocolIds = ids(protocols, DataSharingProtocol::id);
        List<TrainingProgramme> programmes = agreement.trainingProgrammes();
        for (int i = 0; i < programmes.size(); i++) {
            List<String> covered = programmes.get(i).protocols();
            for (int j = 0; j < covered.size(); j++) {
                resolve(covered.get(j), JsonPointer.of("trainingProgrammes", i, "protocols", j),
                        "data-sharing protocol", protocolIds, context);
            }
        }
        Set<String> bodies = ids(agreement.governanceBodies(), GovernanceBody::id);
        List<EscalationPath> paths = agreement.escalationPaths();
        for (int i = 0; i < paths.size(); i++) {
            List<EscalationLevel> levels = paths.get(i).levels();
            for (int j = 0; j < levels.size(); j++) {
                String body = levels.get(j).governanceBodyId();
                if (body != null) {
                    resolve(body, JsonPointer.of("escalationPaths", i, "levels", j, "governanceBodyId"),
                            "governance body", bodies, context);
                }
            }
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new TreeSet<>();
        for (T item : items) {
            ids.add(id.apply(item));
        }
        return ids;
    }

    private static void resolve(String reference, JsonPointer location, String what, Set<String> known,
            RuleContext context) {
        if (!known.contains(reference)) {
            context.report(location, "no " + what + " has the id " + Messages.quote(reference),
                    known.isEmpty()
                            ? "add the " + what + " to the agreement, or remove the reference"
                            : "refer to one of the ids defined (" + Messages.quoteAll(known) + "), or add the " + what);
        }
    }
}
