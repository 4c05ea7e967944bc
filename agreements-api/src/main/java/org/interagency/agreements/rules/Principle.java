package org.interagency.agreements.rules;

/**
 * The principle of interagency collaboration a rule serves. The ten principles are the sections
 * of an agreement; {@link #FOUNDATIONS} covers what every agreement needs regardless: identity,
 * term, parties, and references that resolve.
 */
public enum Principle {
    /** Identity, term, parties, legal authorities, unique ids and references that resolve. */
    FOUNDATIONS(0, "Foundations"),
    /** 1. A shared vision and common goals with measurable outcomes. */
    SHARED_VISION(1, "Shared vision and common goals"),
    /** 2. Clear roles and responsibilities. */
    ROLES_AND_RESPONSIBILITIES(2, "Clear roles and responsibilities"),
    /** 3. Communication channels. */
    COMMUNICATION(3, "Communication channels"),
    /** 4. Trust-building measures. */
    TRUST_BUILDING(4, "Trust-building measures"),
    /** 5. Joint planning and decision making. */
    JOINT_DECISION_MAKING(5, "Joint planning and decision making"),
    /** 6. Information sharing and data exchange. */
    INFORMATION_SHARING(6, "Information sharing and data exchange"),
    /** 7. Cross-agency training. */
    TRAINING(7, "Cross-agency training"),
    /** 8. Conflict resolution and escalation. */
    CONFLICT_RESOLUTION(8, "Conflict resolution"),
    /** 9. Celebrating successes and learning lessons. */
    LEARNING(9, "Celebrating successes and lessons learned"),
    /** 10. Supportive leadership. */
    LEADERSHIP(10, "Supportive leadership");

    private final int number;
    private final String title;

    Principle(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** The principle's number, 1 to 10; 0 for {@link #FOUNDATIONS}. */
    public int number() {
        return number;
    }

    /** The principle's name as the rules catalogue prints it. */
    public String title() {
        return title;
    }
}
