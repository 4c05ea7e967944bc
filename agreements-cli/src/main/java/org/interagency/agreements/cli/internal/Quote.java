package org.interagency.agreements.cli.internal;

/** Safe echoing of user input (file content, option values) in messages. */
public final class Quote {

    /** Echoed values are cut to this many characters. */
    static final int MAX_ECHO = 60;

    private Quote() {
    }

    /**
     * {@code value} in double quotes, cut to {@value #MAX_ECHO} characters, with quotes,
     * backslashes, control, format (bidirectional, zero-width) and non-ASCII space characters
     * escaped as {@code \\uXXXX}, so that what a reader sees is what was written.
     */
    public static String quote(String value) {
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
