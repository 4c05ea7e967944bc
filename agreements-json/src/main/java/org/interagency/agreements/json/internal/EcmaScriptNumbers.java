package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Formats a double as ECMAScript's Number.prototype.toString does (ECMA-262 section 7.1.12.1,
 * "Number::toString"), which RFC 8785 section 3.2.2.3 makes the canonical form of JSON numbers.
 *
 * <p>Java 17's {@code Double.toString} does not always give the shortest digits that read back
 * as the same double (JDK-4511638, fixed in Java 19), so the digits are found here: for each
 * precision from 1 to 17, the two decimals of that precision next to the exact value are tried,
 * and the first that reads back as the double wins; if both do, the closer one (ECMA-262: "the
 * value of s for which s × 10^(n−k) is closest in value to m", ties to the even s).
 */
@API(status = INTERNAL, since = "0.1")
public final class EcmaScriptNumbers {

    private EcmaScriptNumbers() {
    }

    /**
     * The ECMAScript string form of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot hold
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and Infinity have no JSON form");
        }
        if (value == 0) {
            return "0"; // ECMA-262: both +0 and -0 are "0".
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits × 10^(n−k)
        StringBuilder out = new StringBuilder(k + 8);
        if (value < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /** The shortest decimal, without trailing zeros, that reads back as {@code magnitude} (positive, finite). */
    static BigDecimal shortest(double magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowReadsBack = below.doubleValue() == magnitude;
            boolean aboveReadsBack = above.doubleValue() == magnitude;
            if (belowReadsBack && aboveReadsBack && below.compareTo(above) != 0) {
                int closer = exact.subtract(below).compareTo(above.subtract(exact));
                if (closer != 0) {
                    return strip(closer < 0 ? below : above);
                }
                return strip(below.unscaledValue().testBit(0) ? above : below);
            }
            if (belowReadsBack) {
                return strip(below);
            }
            if (aboveReadsBack) {
                return strip(above);
            }
        }
        // 17 significant digits always read back (IEEE 754-2008 section 5.12.2); not reached.
        return strip(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static BigDecimal strip(BigDecimal decimal) {
        return decimal.stripTrailingZeros();
    }
}
