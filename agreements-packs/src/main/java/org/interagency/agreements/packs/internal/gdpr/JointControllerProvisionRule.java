package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule of Art. 26: the joint controllers' arrangement has a provision on one topic, and the
 * provision binds at least one of them (it says whose duty it is). Not applicable to an agreement
 * without two joint controllers.
 */
@API(status = INTERNAL, since = "0.1")
abstract class JointControllerProvisionRule extends AbstractRule {

    private final ProvisionTopic topic;
    private final String missing;

    JointControllerProvisionRule(String id, Severity severity, String description, Citation citation,
            ProvisionTopic topic, String missing) {
        super(id, severity, Principle.INFORMATION_SHARING, description, List.of(citation));
        this.topic = topic;
        this.missing = missing;
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        if (!Gdpr.hasJointControllers(agreement)) {
            context.notApplicable("fewer than two parties are joint controllers");
            return;
        }
        Set<String> joint = Gdpr.withRole(agreement, LegalRole.JOINT_CONTROLLER).stream().map(Party::agencyId)
                .collect(Collectors.toSet());
        List<Provision> provisions = agreement.provisions(topic);
        if (provisions.stream().anyMatch(p -> p.binds().stream().anyMatch(joint::contains))) {
            context.passed("a provision on " + topic.name() + " binds a joint controller");
            return;
        }
        String cited = citations().get(0).text();
        String force = defaultSeverity() == Severity.ERROR ? " requires" : " provides for";
        context.report(JsonPointer.of("provisions"), "the joint controllers' arrangement states " + missing
                + (provisions.isEmpty() ? "" : " (a provision on " + topic.name() + " binds none of them)")
                + ", which " + cited + force,
                "add a provision with topic \"" + topic.name() + "\" whose binds names the joint controller that does it");
    }
}
