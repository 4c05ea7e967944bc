package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.RuleConfigurationException;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule as the reports describe it: SARIF lists every rule that ran with its configured level.
 *
 * @param id the rule id
 * @param severity the severity it was configured with
 * @param principle the principle it serves
 * @param description what it checks, in one sentence
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleSummary(String id, Severity severity, Principle principle, String description) {

    /**
     * Checks that the parts are present.
     *
     * @param id the rule id
     * @param severity the severity it was configured with
     * @param principle the principle it serves
     * @param description what it checks, in one sentence
     */
    public RuleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(description, "description");
    }

    /**
     * {@return the rules {@code validator} runs, sorted by id, with Bean Validation first as the
     * pseudo-rule {@value Finding#BEAN_VALIDATION_RULE_ID} when it is enabled}
     *
     * @param validator the validator
     */
    public static List<RuleSummary> of(AgreementValidator validator) {
        List<RuleSummary> rules = new ArrayList<>();
        for (Rule rule : validator.rules()) {
            rules.add(new RuleSummary(rule.id(), validator.severity(rule.id()), rule.principle(), rule.description()));
        }
        rules.sort(Comparator.comparing(RuleSummary::id));
        try {
            rules.add(0, new RuleSummary(Finding.BEAN_VALIDATION_RULE_ID, validator.severity(Finding.BEAN_VALIDATION_RULE_ID),
                    Principle.FOUNDATIONS, "Every value satisfies the constraints of the model (Bean Validation)."));
        } catch (RuleConfigurationException disabled) {
            // Bean Validation is turned off in this configuration: it is not among the rules that ran.
        }
        return rules;
    }
}
