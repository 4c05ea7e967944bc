package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A named set of rules that a user selects: the one word for it is <em>pack</em>.
 *
 * <p>There are two kinds, selected the same way. Each {@link Principle} is a pack of the
 * library's own rules that serve it ({@code roles}, {@code data}, …, {@code foundations}); they
 * run unless a selection leaves them out. A pack of the law that governs one kind of agreement
 * ({@code us-cma} for computer matching agreements) runs when it is selected, or when the
 * agreement claims to satisfy it; its {@link #applicability(Agreement)} says whether it governs
 * the agreement at hand. A pack selected for an agreement it does not govern reports nothing, and
 * the report says why: each of its rules has the outcome {@link Outcome#NOT_APPLICABLE}.
 *
 * <p>Packs are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.interagency.agreements.rules.RulePack}, or {@code provides} in
 * {@code module-info.java}; a public no-argument constructor is then required) or added to the
 * validator's builder in code. Their rules are not listed as {@link Rule} services themselves:
 * a pack's rules run only when the pack does. Implementations are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RulePack {

    /**
     * {@return the pack's stable id: lower-case kebab-case words ({@code us-cma}, {@code eu-gdpr}),
     * by which configurations and the command line select it} The ids of the principles ({@link
     * Principle#id()}) and {@value #PRINCIPLES} (all of them) are taken.
     */
    String id();

    /**
     * {@return the pack's name as the rules catalogue prints it, for example "US computer matching
     * agreements"}
     */
    String title();

    /**
     * {@return the pack's rules; each rule belongs to one pack only}
     */
    List<Rule> rules();

    /**
     * Whether the pack governs {@code agreement}: the computer matching pack governs computer
     * matching agreements, and no other kind. This default governs every agreement.
     *
     * @param agreement the agreement about to be checked
     * @return whether the pack governs it, and if not, why
     */
    default Applicability applicability(Agreement agreement) {
        return Applicability.governed();
    }

    /** The selection that stands for every principle pack at once. */
    String PRINCIPLES = "principles";

    /**
     * Whether a pack governs an agreement, and if not, why not.
     *
     * @param applies whether the pack's rules run on the agreement
     * @param reason why not, in one line ({@code "us-cma governs computer matching agreements;
     *     this is a memorandum of understanding"}); empty when it applies
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Applicability(boolean applies, String reason) {

        /**
         * Checks that a pack that does not apply says why.
         *
         * @param applies whether the pack's rules run on the agreement
         * @param reason why not, in one line ({@code "us-cma governs computer matching agreements;
         *     this is a memorandum of understanding"}); empty when it applies
         * @throws IllegalArgumentException if {@code applies} is false and the reason is blank,
         *     or true and a reason is given
         */
        public Applicability {
            Objects.requireNonNull(reason, "reason");
            if (applies && !reason.isEmpty()) {
                throw new IllegalArgumentException("a pack that applies gives no reason; got " + Messages.quote(reason));
            }
            if (!applies && reason.isBlank()) {
                throw new IllegalArgumentException("a pack that does not apply says why");
            }
        }

        /**
         * {@return the pack governs the agreement}
         */
        public static Applicability governed() {
            return new Applicability(true, "");
        }

        /**
         * {@return the pack does not govern the agreement}
         *
         * @param reason why not, in one line
         */
        public static Applicability notGoverned(String reason) {
            return new Applicability(false, reason);
        }
    }
}
