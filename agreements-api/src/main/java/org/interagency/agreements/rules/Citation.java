package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The provision of law or policy that a rule enforces: the instrument and the pinpoint inside it,
 * so that a reviewer can check the library's reading against the text.
 *
 * <p>{@link #text()} joins the two as lawyers write them: {@code 5 U.S.C. 552a} and
 * {@code (o)(1)(K)} give {@code 5 U.S.C. 552a(o)(1)(K)}; {@code 45 CFR} and {@code 164.504(e)(2)}
 * give {@code 45 CFR 164.504(e)(2)}.
 *
 * <p>A rule cites only what its authors have read in a primary text; a requirement whose source
 * is not verified carries no citation at all (see the rule's pack documentation).
 *
 * @param instrument the statute, regulation, form or code, for example {@code 5 U.S.C. 552a},
 *     {@code 45 CFR} or {@code FAR}; not blank
 * @param pinpoint the section, paragraph or item inside it, for example {@code (o)(1)(K)};
 *     empty when the rule enforces the instrument as a whole
 * @param url a stable address of the text, or {@code null} where none is stable
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Citation(String instrument, String pinpoint, @Nullable URI url) {

    /**
     * Checks that the parts are present and hold no line breaks or other control characters (a
     * citation is printed on one line of a report).
     *
     * @param instrument the statute, regulation, form or code, for example {@code 5 U.S.C. 552a},
     *     {@code 45 CFR} or {@code FAR}; not blank
     * @param pinpoint the section, paragraph or item inside it, for example {@code (o)(1)(K)};
     *     empty when the rule enforces the instrument as a whole
     * @param url a stable address of the text, or {@code null} where none is stable
     * @throws IllegalArgumentException if the instrument is blank or a part holds a control
     *     character
     */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(pinpoint, "pinpoint");
        if (instrument.isBlank()) {
            throw new IllegalArgumentException("a citation's instrument must not be blank");
        }
        requirePrintable(instrument, "instrument");
        requirePrintable(pinpoint, "pinpoint");
        if (!pinpoint.equals(pinpoint.strip())) {
            throw new IllegalArgumentException("a citation's pinpoint must not start or end with white space: "
                    + Messages.quote(pinpoint));
        }
    }

    /**
     * {@return a citation with no stable address}
     *
     * @param instrument the statute, regulation, form or code, for example {@code 5 U.S.C. 552a}
     * @param pinpoint the section, paragraph or item inside it, for example {@code (o)(1)(K)}
     */
    public static Citation of(String instrument, String pinpoint) {
        return new Citation(instrument, pinpoint, null);
    }

    /**
     * {@return the citation as one string: the instrument, then the pinpoint, with a space between
     * them unless the pinpoint opens with a parenthesis ({@code 5 U.S.C. 552a(o)(2)(A)})}
     */
    public String text() {
        if (pinpoint.isEmpty()) {
            return instrument;
        }
        return pinpoint.charAt(0) == '(' ? instrument + pinpoint : instrument + " " + pinpoint;
    }

    /** The same as {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }

    private static void requirePrintable(String value, String part) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("a citation's " + part + " must not hold control characters: "
                        + Messages.quote(value));
            }
        }
    }
}
