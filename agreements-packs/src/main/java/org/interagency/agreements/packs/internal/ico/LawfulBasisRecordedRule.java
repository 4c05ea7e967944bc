package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.lawful-basis-recorded}: "you must record your decision on the lawful basis you're using" (ICO, Contractual liability in data sharing agreements), and a data sharing agreement is "the ideal location for that"; the code's request form asks the "Lawful basis for sharing" (annex B): a provision on {@code lawful-basis}. An ERROR: the one item of the list that the law requires. Whether the basis chosen is the right one is not checkable.
 */
@API(status = INTERNAL, since = "0.1")
public final class LawfulBasisRecordedRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public LawfulBasisRecordedRule() {
        super("uk-ico.lawful-basis-recorded", Severity.ERROR, Principle.INFORMATION_SHARING,
                "A data sharing agreement records the lawful basis for the sharing.",
                List.of(Citation.of("ICO, Contractual liability in data sharing agreements,", "requirement to record lawful basis"),
                        Ico.code("annex B (lawful basis for sharing)")),
                ProvisionTopic.LAWFUL_BASIS, "no lawful basis for the sharing");
    }
}
