package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Text for assertion messages: printing findings, pointers and counts (values are quoted with {@link org.interagency.agreements.rules.Messages}). */
@API(status = INTERNAL, since = "0.1")
public final class Text {

    private Text() {
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
