package org.interagency.agreements.assessment;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How far an agreement documents one principle. The levels are cumulative: an agreement is at a
 * level only when the criteria of that level and of every level below it are met (after the
 * cumulative stages of the SAFECOM Interoperability Continuum).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DocumentedLevel {

    /** 0: the agreement says nothing on the principle. */
    ABSENT(0, "absent"),
    /** 1: the section has content. */
    STATED(1, "stated"),
    /** 2: the content is complete and consistent: the principle's rules find nothing wrong. */
    SPECIFIED(2, "specified"),
    /** 3: it covers every party. */
    JOINT(3, "joint"),
    /** 4: it is kept up over time: a cadence, a review, a recorded result. */
    SUSTAINED(4, "sustained");

    private final int number;
    private final String title;

    DocumentedLevel(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /**
     * {@return the level's number, 0 to 4}
     */
    public int number() {
        return number;
    }

    /**
     * {@return the level's name in lower case, as the documentation and the output write it: {@code
     * joint}}
     */
    public String title() {
        return title;
    }

    /**
     * {@return the level above this one; {@link #SUSTAINED} for {@code SUSTAINED}}
     */
    public DocumentedLevel next() {
        return this == SUSTAINED ? SUSTAINED : values()[ordinal() + 1];
    }

    /**
     * {@return the level numbered {@code number}}
     *
     * @param number the level's number, 0 to 4
     * @throws IllegalArgumentException if {@code number} is not 0 to 4
     */
    public static DocumentedLevel of(int number) {
        if (number < 0 || number > 4) {
            throw new IllegalArgumentException("a documented level is 0 to 4, not " + number);
        }
        return values()[number];
    }
}
