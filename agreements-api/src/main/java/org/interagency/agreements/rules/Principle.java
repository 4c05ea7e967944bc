package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The principle of interagency collaboration a rule serves. The ten principles are the sections
 * of an agreement; {@link #FOUNDATIONS} covers what every agreement needs regardless: identity,
 * term, parties, references that resolve, and names that read as they are written.
 */
@API(status = STABLE, since = "0.1")
public enum Principle {
    /**
     * Identity, term, parties, legal authorities, unique ids, references that resolve, and names
     * that read as they are written.
     */
    FOUNDATIONS(0, "foundations", "Foundations"),
    /** 1. A shared vision and common goals with measurable outcomes. */
    SHARED_VISION(1, "vision", "Shared vision and common goals"),
    /** 2. Clear roles and responsibilities. */
    ROLES_AND_RESPONSIBILITIES(2, "roles", "Clear roles and responsibilities"),
    /** 3. Communication channels. */
    COMMUNICATION(3, "comms", "Communication channels"),
    /** 4. Trust-building measures. */
    TRUST_BUILDING(4, "trust", "Trust-building measures"),
    /** 5. Joint planning and decision making. */
    JOINT_DECISION_MAKING(5, "governance", "Joint planning and decision making"),
    /** 6. Information sharing and data exchange. */
    INFORMATION_SHARING(6, "data", "Information sharing and data exchange"),
    /** 7. Cross-agency training. */
    TRAINING(7, "training", "Cross-agency training"),
    /** 8. Conflict resolution and escalation. */
    CONFLICT_RESOLUTION(8, "escalation", "Conflict resolution"),
    /** 9. Celebrating successes and learning lessons. */
    LEARNING(9, "learning", "Celebrating successes and lessons learned"),
    /** 10. Supportive leadership. */
    LEADERSHIP(10, "leadership", "Supportive leadership");

    private final int number;
    private final String id;
    private final String title;

    Principle(int number, String id, String title) {
        this.number = number;
        this.id = id;
        this.title = title;
    }

    /**
     * {@return the principle's id, one word: the area that the ids of its rules begin with
     * ({@code roles} for {@code roles.accountable-overlap}, {@code data} for
     * {@code data.protected-unencrypted}), and the name by which a configuration selects its
     * rules} {@link #FOUNDATIONS}, whose rules are in the areas {@code parties}, {@code refs},
     * {@code term} and {@code text}, is {@code foundations}.
     */
    public String id() {
        return id;
    }

    /**
     * The principle whose {@link #id()} is {@code id}.
     *
     * @param id the principle's id
     * @return the principle
     * @throws IllegalArgumentException if no principle has that id; the message names the ids
     *     and the nearest one
     */
    public static Principle ofId(String id) {
        for (Principle principle : values()) {
            if (principle.id.equals(id)) {
                return principle;
            }
        }
        List<String> ids = Arrays.stream(values()).map(Principle::id).toList();
        String nearest = Messages.didYouMean(id, ids).map(n -> "; did you mean " + Messages.quote(n) + "?").orElse("");
        throw new IllegalArgumentException("no principle has the id " + Messages.quote(id) + nearest
                + " (the principles are " + String.join(", ", ids) + ")");
    }

    /**
     * {@return the principle's number, 1 to 10; 0 for {@link #FOUNDATIONS}}
     */
    public int number() {
        return number;
    }

    /**
     * {@return the principle's name as the rules catalogue prints it}
     */
    public String title() {
        return title;
    }
}
