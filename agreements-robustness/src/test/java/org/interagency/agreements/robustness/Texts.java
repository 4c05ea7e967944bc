package org.interagency.agreements.robustness;

/** Shortening and escaping of text for test messages and the measurement table. */
final class Texts {

    private Texts() {
    }

    /** {@code text} with control and non-ASCII characters escaped, cut to about {@code max} characters. */
    static String shorten(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= max) {
            out.setLength(max);
            out.append("...");
        }
        return out.toString();
    }
}
