package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code term.no-authority}: the agreement cites at least one legal authority. An agency may
 * only commit to what a statute or regulation authorizes it to do (for federal agencies, for
 * example, the Economy Act, 31 U.S.C. 1535, for orders between agencies).
 */
@API(status = INTERNAL, since = "0.1")
public final class NoAuthorityRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoAuthorityRule() {
        super("term.no-authority", Severity.WARNING, Principle.FOUNDATIONS,
                "The agreement cites the legal authority under which the agencies enter it.",
                "authorities", Agreement::authorities, "the agreement cites no legal authority",
                "cite each statute or regulation that authorizes the parties to enter the agreement"
                        + " (for example 31 U.S.C. 1535)");
    }
}
