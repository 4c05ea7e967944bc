package org.interagency.agreements.core.internal.rules;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline is clean, so that each rule's tests can derive exactly one defect from it. */
class BaselineTest {

    @Test
    void noRegisteredRuleReportsAnythingOnTheBaseline() {
        List<Finding> findings = new ArrayList<>();
        List<Rule> rules = ServiceLoader.load(Rule.class).stream().map(ServiceLoader.Provider::get).toList();
        for (Rule rule : rules) {
            findings.addAll(RecordingContext.check(rule, Baseline.agreement()));
        }

        assertThat(rules).hasSizeGreaterThanOrEqualTo(45);
        assertThat(findings).isEmpty();
    }

    @Test
    void theBaselineSatisfiesItsBeanValidationConstraints() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(Baseline.agreement())).isEmpty();
        }
    }
}
