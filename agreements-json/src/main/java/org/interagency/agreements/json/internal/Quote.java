package org.interagency.agreements.json.internal;

/** Safe echoing of document values in messages. */
public final class Quote {

    /** Echoed values are cut to this many characters. */
    public static final int MAX_ECHO = 60;

    private Quote() {
    }

    /**
     * Quotes {@code value} for a message: shortened to {@value #MAX_ECHO} characters, with quotes,
     * backslashes, control, format (bidirectional, zero-width), surrogate and non-ASCII space
     * characters escaped as {@code \\uXXXX}, so that what a reader sees is what was sent.
     */
    public static String of(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            if (i == MAX_ECHO) {
                out.append('\u2026');
                break;
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
