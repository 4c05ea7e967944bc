package org.interagency.agreements.core.internal.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Contact;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyIdentifier;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Sponsor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The keys of the elements of a list, as the table "Element keys" of {@code docs/versions.md}
 * gives them: an element's id, or its natural key, and {@code key#2}, {@code key#3}, … for the
 * next elements with a key already taken.
 */
@API(status = INTERNAL, since = "0.1")
public final class Keys {

    /** Written for an absent part of a natural key (an assignment without a jurisdiction). */
    static final String ABSENT = "*";

    private Keys() {
    }

    /** The key of each element of {@code list}, by index. */
    public static String[] of(List<?> list) {
        String[] keys = new String[list.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String key = key(list.get(i));
            int occurrence = seen.merge(key, 1, Integer::sum);
            keys[i] = occurrence == 1 ? key : key + "#" + occurrence;
        }
        return keys;
    }

    /** The key of one element, before duplicates are numbered. */
    static String key(Object element) {
        if (element instanceof Party party) {
            return party.agencyId();
        }
        if (element instanceof Assignment a) {
            return a.agencyId() + " " + ModelComponents.written(a.role()) + " "
                    + (a.jurisdiction() == null ? ABSENT : a.jurisdiction().toString()) + " "
                    + (a.period() == null ? ABSENT : ModelComponents.written(a.period()));
        }
        if (element instanceof Contact contact) {
            return contact.email();
        }
        if (element instanceof Measure measure) {
            return measure.name();
        }
        if (element instanceof Sponsor sponsor) {
            return sponsor.agencyId() + " " + sponsor.name();
        }
        if (element instanceof Signatory signatory) {
            return signatory.agencyId() + " " + signatory.name();
        }
        if (element instanceof PartyIdentifier identifier) {
            return ModelComponents.written(identifier.scheme()) + " " + identifier.value();
        }
        if (element instanceof Safeguard safeguard) {
            return ModelComponents.written(safeguard.kind()) + " " + safeguard.description();
        }
        if (element instanceof AgreedWaiver waiver) {
            return waiver.ruleId() + " " + waiver.target();
        }
        if (ModelComponents.isComposite(element)) {
            ModelComponents.Component id = ModelComponents.of(element.getClass()).get("id");
            if (id != null && id.value(element) instanceof String text) {
                return text;
            }
        }
        // An id, code, enum value, scope or jurisdiction in a list is its own key; so, written as
        // Java writes a record, is an element of a type the table does not name.
        return ModelComponents.written(element);
    }
}
