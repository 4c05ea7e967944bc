package org.interagency.agreements.robustness;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine skips Hibernate Validator when its precheck proves an agreement free of constraint
 * violations. Whatever the shortcut, its model constraint findings must be exactly the violations
 * a plain Hibernate Validator finds: compared here on generated valid agreements and on
 * agreements the testkit breaks on purpose.
 */
class BeanValidationEquivalenceProperties {

    private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
            .buildValidatorFactory()
            .getValidator();

    private static final AgreementValidator ENGINE = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .build();

    @Property(tries = 200)
    void validAgreementsHaveNoModelFindings(@ForAll("valid") Agreement agreement) {
        assertThat(PLAIN.validate(agreement)).isEmpty();
        assertThat(modelFindings(agreement)).isEmpty();
    }

    @Property(tries = 300)
    void brokenAgreementsGetExactlyHibernateValidatorsViolations(@ForAll("broken") Agreement agreement) {
        Set<ConstraintViolation<Agreement>> violations = PLAIN.validate(agreement);
        assertThat(violations).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (ConstraintViolation<Agreement> violation : violations) {
            expected.add(violation.getMessage());
        }
        assertThat(modelFindings(agreement)).extracting(Finding::message).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<Finding> modelFindings(Agreement agreement) {
        return ENGINE.validate(agreement).findings().stream()
                .filter(finding -> finding.ruleId().equals(Finding.BEAN_VALIDATION_RULE_ID))
                .toList();
    }

    @Provide
    Arbitrary<Agreement> valid() {
        return AgreementArbitraries.agreements();
    }

    @Provide
    Arbitrary<Agreement> broken() {
        return Defects.of(Finding.BEAN_VALIDATION_RULE_ID);
    }
}
