package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.util.Base64;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Base64 in its one canonical form (RFC 4648 section 4 with padding; section 3.5: no bits set
 * past the data): the JDK's decoder also accepts text whose padding was stripped, or whose last
 * character carries extra bits, so one signature would have several written forms.
 */
@API(status = INTERNAL, since = "0.1")
public final class Base64Text {

    private Base64Text() {
    }

    /** What is wrong with {@code text} as canonical base64, or {@code null} if nothing is. */
    public static @Nullable String problem(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return "it holds a character outside the base64 alphabet (A-Z, a-z, 0-9, '+', '/' and '=' at the end)"
                    + " or has a length that no base64 text has";
        }
        if (text.length() % 4 != 0) {
            return "its padding is missing: base64 text is a multiple of 4 characters long, ending in '=' or '=='"
                    + " as needed (RFC 4648 section 4); write it as 'agreements sign' does";
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            return "its last character sets bits past the data (RFC 4648 section 3.5); write it as 'agreements sign'"
                    + " does";
        }
        return null;
    }
}
