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
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule of Art. 28(3): the contract has, for each topic it names, a provision that binds every
 * processor ("stipulate, in particular, that the processor …"). Not applicable to an agreement in
 * which no controller gives personal data to a processor.
 */
@API(status = INTERNAL, since = "0.1")
abstract class ProcessorProvisionRule extends AbstractRule {

    private final List<ProvisionTopic> topics;
    private final String missing;

    ProcessorProvisionRule(String id, String description, List<Citation> citations, List<ProvisionTopic> topics,
            String missing) {
        super(id, Severity.ERROR, Principle.INFORMATION_SHARING, description, citations);
        this.topics = List.copyOf(topics);
        this.missing = missing;
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        if (Gdpr.toProcessors(agreement).isEmpty()) {
            context.notApplicable("no protocol gives a controller's personal data to a processor");
            return;
        }
        for (ProvisionTopic topic : topics) {
            Set<String> unbound = new TreeSet<>();
            for (Party processor : Gdpr.withRole(agreement, LegalRole.PROCESSOR)) {
                unbound.add(processor.agencyId());
            }
            for (Provision provision : agreement.provisions(topic)) {
                provision.binds().forEach(unbound::remove);
            }
            if (!unbound.isEmpty()) {
                context.report(JsonPointer.of("provisions"), "the contract with " + Messages.quote(String.join(", ", unbound))
                        + " states " + missing + " (no provision on " + topic.name() + " binds it), which "
                        + citations().get(0).text() + " requires",
                        "add a provision with topic \"" + topic.name() + "\" whose binds names every processor");
            }
        }
    }
}
