package org.interagency.agreements.packs.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that the agreement contains a provision on one topic: the law asks for "procedures for"
 * something the model does not structure, so the agreement words them in a
 * {@link org.interagency.agreements.Provision}. The rule checks that such a clause is there, not
 * what it says.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class ProvisionRequiredRule extends AbstractRule {

    private final ProvisionTopic topic;
    private final String missing;

    /**
     * Fixes the rule's identity and the provision it requires.
     *
     * @param id the rule's id
     * @param principle the principle it serves
     * @param description what it checks, in one sentence
     * @param citations the provisions of law it enforces
     * @param topic the topic of the provision required
     * @param missing what is missing, as the message says it: "no procedures for individualized notice"
     */
    protected ProvisionRequiredRule(String id, Principle principle, String description, List<Citation> citations,
            ProvisionTopic topic, String missing) {
        this(id, Severity.ERROR, principle, description, citations, topic, missing);
    }

    /**
     * Fixes the identity of a rule whose requirement is less than mandatory, or mandatory only in
     * circumstances the rule cannot see.
     *
     * @param id the rule's id
     * @param severity its default severity
     * @param principle the principle it serves
     * @param description what it checks, in one sentence
     * @param citations the provisions of law it enforces
     * @param topic the topic of the provision required
     * @param missing what is missing, as the message says it
     */
    protected ProvisionRequiredRule(String id, Severity severity, Principle principle, String description,
            List<Citation> citations, ProvisionTopic topic, String missing) {
        super(id, severity, principle, description, citations);
        this.topic = Objects.requireNonNull(topic, "topic");
        this.missing = Objects.requireNonNull(missing, "missing");
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        if (agreement.provisions(topic).isEmpty()) {
            // A WARNING enforces a "should", or a "must" that holds only in cases the rule cannot see; a
            // rule without citation rests on a source its pack could not verify, and says so.
            String force = defaultSeverity() == Severity.ERROR ? " requires" : " asks for";
            String why = citations().isEmpty() ? ", which is good practice (the source is unverified)"
                    : ", which " + citations().get(0).text() + force;
            context.report(JsonPointer.of("provisions"), "the agreement states " + missing + why,
                    "add a provision with topic \"" + topic.name() + "\" that states them");
        } else {
            context.passed("a provision on " + topic.name() + " is present");
        }
    }
}
