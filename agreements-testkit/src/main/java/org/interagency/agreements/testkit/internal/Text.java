package org.interagency.agreements.testkit.internal;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;

import java.util.List;

/** Text for messages: quoting user values and printing findings. */
public final class Text {

    // Long enough to recognise a value, short enough to keep a message on one line.
    private static final int MAX_QUOTED = 80;

    private Text() {
    }

    /**
     * {@code value} in double quotes, with quotes, backslashes and control characters escaped,
     * shortened to {@value #MAX_QUOTED} characters with an ellipsis.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /**
     * The findings one per line, indented, each followed by its related locations and hint on
     * lines of their own; {@code "(none)"} when there are none.
     */
    public static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("  ").append(finding);
            if (!finding.related().isEmpty()) {
                out.append("\n      related: ");
                for (int i = 0; i < finding.related().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(pointer(finding.related().get(i)));
                }
            }
            if (finding.hint() != null) {
                out.append("\n      hint: ").append(finding.hint());
            }
        }
        return out.toString();
    }

    /** A pointer as written, {@code "/"} for the whole document. */
    public static String pointer(JsonPointer pointer) {
        return pointer.isRoot() ? "/" : pointer.toString();
    }

    /** {@code count} followed by {@code noun}, with an "s" unless the count is one. */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
