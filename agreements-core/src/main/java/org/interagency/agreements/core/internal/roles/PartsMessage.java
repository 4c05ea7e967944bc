package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.OrderedMessage;

/**
 * A message made of parts, each written on demand: {@link #get()} joins them, and
 * {@link #compareText} compares two such messages character by character as their joined
 * texts would compare, writing only the parts it reaches and skipping a part that both share
 * as one string.
 */
abstract class PartsMessage implements OrderedMessage {

    /** The number of parts, at least one. */
    abstract int partCount();

    /** Part {@code i}, for i from 0 to {@code partCount() - 1}; may be empty. */
    abstract String part(int i);

    @Override
    public final String get() {
        StringBuilder text = new StringBuilder(160);
        for (int i = 0; i < partCount(); i++) {
            text.append(part(i));
        }
        return text.toString();
    }

    /** As {@link String#compareTo} on the joined texts, by sign; {@code other} is a {@code PartsMessage}. */
    @Override
    public int compareText(OrderedMessage other) {
        PartsMessage that = (PartsMessage) other;
        int n = partCount();
        int m = that.partCount();
        int i = 0;
        int j = 0;
        String x = part(0);
        String y = that.part(0);
        int p = 0;
        int q = 0;
        while (true) {
            while (p == x.length() && ++i < n) {
                x = part(i);
                p = 0;
            }
            while (q == y.length() && ++j < m) {
                y = that.part(j);
                q = 0;
            }
            boolean xEnded = p == x.length();
            boolean yEnded = q == y.length();
            if (xEnded || yEnded) {
                return xEnded && yEnded ? 0 : xEnded ? -1 : 1;
            }
            if (p == 0 && q == 0 && x == y) {
                p = x.length();
                q = y.length();
                continue;
            }
            int run = Math.min(x.length() - p, y.length() - q);
            for (int k = 0; k < run; k++) {
                char a = x.charAt(p + k);
                char b = y.charAt(q + k);
                if (a != b) {
                    return a - b;
                }
            }
            p += run;
            q += run;
        }
    }
}
