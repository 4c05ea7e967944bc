package org.interagency.agreements.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.ChangeClasses;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Whether a change binds anyone: the class of every part of the model, from one table (documented
 * in {@code docs/versions.md}, and kept complete by a test: every component of every model record
 * has a class).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ChangeClass {
    /**
     * The change alters what a party must or may do: parties, responsibilities and assignments,
     * data-sharing terms, term dates and renewal, authorities, decision rules, funding.
     */
    MATERIAL,
    /** The change binds no one: contacts, descriptions, titles, records of what happened. */
    ADMINISTRATIVE;

    /**
     * The class of a change to the component {@code component} of the model record {@code type}
     * (for a list, of adding or removing one of its elements), for example
     * {@code of(Contact.class, "phone")} is {@link #ADMINISTRATIVE}.
     *
     * @param type the model record that holds the component
     * @param component the name of the record component that changed
     * @return the class of such a change
     * @throws IllegalArgumentException if {@code type} has no such component, or the table does not
     *     class it (a defect of the library, which its tests rule out)
     */
    public static ChangeClass of(Class<? extends Record> type, String component) {
        return ChangeClasses.of(type, component);
    }
}
