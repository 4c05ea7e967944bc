package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Safe echoing of values from an agreement in finding messages. An agreement may come from an
 * untrusted system, so a value is shortened and escaped before a person reads it: what the
 * reader sees is what was sent, and no value can forge a line break or hide behind a
 * bidirectional control character.
 */
final class Echo {

    /** Echoed values are cut to this many characters. */
    static final int MAX_ECHO = 60;

    /** Lists name at most this many values, then say how many more there are. */
    static final int MAX_LISTED = 5;

    private Echo() {
    }

    /**
     * {@code value} between double quotes, cut to {@value #MAX_ECHO} characters (then an
     * ellipsis), with quotes and backslashes escaped by a backslash, and control, format
     * (bidirectional, zero-width), surrogate and non-ASCII space characters as {@code \\uXXXX}.
     */
    static String quote(Object value) {
        return Text.quote(value);
    }

    /**
     * The values quoted and separated by commas, at most {@value #MAX_LISTED} of them followed
     * by "and N more"; "none" for no values.
     */
    static String list(Collection<?> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<String> quoted = new ArrayList<>();
        for (Object value : values) {
            if (quoted.size() == MAX_LISTED) {
                break;
            }
            quoted.add(quote(value));
        }
        String joined = String.join(", ", quoted);
        int more = values.size() - quoted.size();
        return more > 0 ? joined + " and " + more + " more" : joined;
    }
}
