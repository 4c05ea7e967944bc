package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.liability}: an explanation, not a missing clause: officers and employees of a party state rendering aid in another state "shall be considered agents of the requesting state for tort liability and immunity purposes", and not liable for good-faith acts (EMAC art. VI, read in Maine's enactment). An INFO for each assisting state that sends personnel. A clause that tries to change this (a provision on {@code liability}) is not judged.
 */
@API(status = INTERNAL, since = "0.1")
public final class LiabilityRule extends ByOperationOfLawRule {

    /** Creates the rule. */
    public LiabilityRule() {
        super("us-emac.liability", Principle.FOUNDATIONS,
                "The assisting state's personnel are agents of the requesting state for tort liability and immunity.",
                List.of(Emac.maine("art. VI", 926)),
                "by operation of law, not by a clause: the officers and employees of %s who render aid are agents of the requesting state for tort liability and immunity, and are not liable for acts in good faith (EMAC art. VI)");
    }
}
