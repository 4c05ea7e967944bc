package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.licenses-and-permits}: an explanation, not a missing clause: the compact recognises the professional licences, certificates and permits of the assisting state's personnel in the requesting state (EMAC art. V, known here only from a secondary summary, so the rule cites nothing; the limits a governor may set are unverified). An INFO for each assisting state that sends personnel, so that a reviewer does not ask the agreement to say it.
 */
@API(status = INTERNAL, since = "0.1")
public final class LicensesAndPermitsRule extends ByOperationOfLawRule {

    /** Creates the rule. */
    public LicensesAndPermitsRule() {
        super("us-emac.licenses-and-permits", Principle.FOUNDATIONS,
                "The assisting state's licences, certificates and permits are recognised in the requesting state (unverified).",
                List.of(),
                "by operation of law, not by a clause: the professional licences, certificates and permits of the personnel of %s are recognised in the requesting state, within the limits its governor sets (EMAC art. V; its text was not read, so this explanation cites nothing)");
    }
}
