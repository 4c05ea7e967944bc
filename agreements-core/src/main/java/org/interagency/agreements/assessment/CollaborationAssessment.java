package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.Principle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The documented-collaboration profile of one agreement: for each of the ten principles, the
 * level the agreement documents, with evidence, criteria and next steps.
 *
 * <p>It assesses what the agreement <em>documents</em> ({@value #SCOPE}), never how well the
 * agencies actually work together: the frameworks it draws on are self-assessments by the people
 * in a partnership, and a document shows only what was written down. The result is a profile and
 * its weakest principle, never a weighted total that would hide a zero.
 *
 * @param agreementId the id of the agreement assessed
 * @param asOf the day the assessment took as today (the validator's clock), for reviews and
 *     milestones
 * @param principles one assessment per principle, in the order of {@link Principle} (the ten
 *     principles, without {@link Principle#FOUNDATIONS})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CollaborationAssessment(String agreementId, LocalDate asOf, List<PrincipleAssessment> principles) {

    /** What the assessment measures, as the output says it. */
    public static final String SCOPE = "documentary evidence only: what the agreement documents,"
            + " not how well the agencies work together";

    private static final List<Principle> ASSESSED = assessed();

    /**
     * Checks that there is one assessment per principle, in order.
     *
     * @param agreementId the id of the agreement assessed
     * @param asOf the day the assessment took as today (the validator's clock), for reviews and
     *     milestones
     * @param principles one assessment per principle, in the order of {@link Principle} (the ten
     *     principles, without {@link Principle#FOUNDATIONS})
     * @throws IllegalArgumentException if a principle is missing, repeated or out of order
     */
    public CollaborationAssessment {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(asOf, "asOf");
        principles = List.copyOf(principles);
        if (!inOrder(principles)) {
            List<Principle> expected = principlesAssessed();
            List<Principle> actual = principles.stream().map(PrincipleAssessment::principle).toList();
            throw new IllegalArgumentException("an assessment has one entry per principle " + expected + ", not " + actual);
        }
    }

    private static boolean inOrder(List<PrincipleAssessment> principles) {
        if (principles.size() != ASSESSED.size()) {
            return false;
        }
        for (int i = 0; i < principles.size(); i++) {
            if (principles.get(i).principle() != ASSESSED.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return the ten principles an assessment covers, in order: every {@link Principle} but
     * {@link Principle#FOUNDATIONS}}
     */
    public static List<Principle> principlesAssessed() {
        return ASSESSED;
    }

    private static List<Principle> assessed() {
        List<Principle> assessed = new ArrayList<>();
        for (Principle principle : Principle.values()) {
            if (principle != Principle.FOUNDATIONS) {
                assessed.add(principle);
            }
        }
        return List.copyOf(assessed);
    }

    /**
     * {@return the assessment of {@code principle}}
     *
     * @param principle one of the ten principles
     * @throws IllegalArgumentException for {@link Principle#FOUNDATIONS}, which is not assessed
     */
    public PrincipleAssessment of(Principle principle) {
        for (PrincipleAssessment assessment : principles) {
            if (assessment.principle() == principle) {
                return assessment;
            }
        }
        throw new IllegalArgumentException("principle " + principle + " is not assessed");
    }

    /**
     * {@return the level of {@code principle}: {@code of(principle).level()}}
     *
     * @param principle one of the ten principles
     */
    public DocumentedLevel level(Principle principle) {
        return of(principle).level();
    }

    /**
     * {@return the lowest level of the applicable principles; empty if none is applicable}
     */
    public Optional<DocumentedLevel> minimum() {
        return principles.stream().filter(PrincipleAssessment::applicable).map(PrincipleAssessment::level)
                .min(Enum::compareTo);
    }

    /**
     * {@return the applicable principles at the lowest level, in principle order: the weakest
     * links}
     */
    public List<PrincipleAssessment> weakest() {
        Optional<DocumentedLevel> minimum = minimum();
        return principles.stream().filter(p -> p.applicable() && minimum.orElse(null) == p.level()).toList();
    }

    /**
     * {@return how many applicable principles are at {@code level} or higher}
     *
     * @param level the lowest level counted
     */
    public int countAtLeast(DocumentedLevel level) {
        return (int) principles.stream().filter(p -> p.applicable() && p.level().compareTo(level) >= 0).count();
    }

    /**
     * {@return how many principles are applicable}
     */
    public int applicableCount() {
        return (int) principles.stream().filter(PrincipleAssessment::applicable).count();
    }
}
