package org.interagency.agreements.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The syntax shared by hierarchical codes ({@code ScopePath}, {@code Jurisdiction}): segments of
 * lower-case letters, digits and single hyphens, joined by {@code '/'}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Hierarchy {

    /** The pattern of one segment. */
    public static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Deeper hierarchies than this are not meaningful in an agreement and are rejected. */
    public static final int MAX_DEPTH = 16;

    /** The longest segment accepted. */
    public static final int MAX_SEGMENT_LENGTH = 64;

    private Hierarchy() {
    }

    /**
     * Parses {@code text} into its segments.
     *
     * @param what the name of the kind of code, for the error message ("scope path")
     * @param example a valid example, for the error message
     * @throws IllegalArgumentException naming what is wrong
     */
    public static List<String> parse(String text, String what, String example) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty (for example \"" + example + "\")");
        }
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (true) {
            int slash = text.indexOf('/', start);
            int end = slash < 0 ? text.length() : slash;
            segments.add(text.substring(start, end));
            if (segments.size() > MAX_DEPTH) {
                throw tooDeep(what);
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return check(segments, what, example);
    }

    /**
     * Checks already split segments.
     *
     * @throws IllegalArgumentException naming the first invalid segment
     */
    public static List<String> check(List<String> segments, String what, String example) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException(what + " must have at least one segment (for example \"" + example + "\")");
        }
        if (segments.size() > MAX_DEPTH) {
            throw tooDeep(what);
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment == null) {
                throw new NullPointerException(what + " segment " + (i + 1) + " is null");
            }
            if (segment.length() > MAX_SEGMENT_LENGTH) {
                throw new IllegalArgumentException(what + " segment " + (i + 1) + " " + Messages.quote(segment)
                        + " has " + segment.length() + " characters; a segment has at most " + MAX_SEGMENT_LENGTH);
            }
            if (!isSegment(segment)) {
                throw new IllegalArgumentException(what + " segment " + (i + 1) + " " + Messages.quote(segment)
                        + " is not valid: segments are lower-case letters, digits and single '-', joined by '/'"
                        + " (for example \"" + example + "\")");
            }
        }
        return List.copyOf(segments);
    }

    private static IllegalArgumentException tooDeep(String what) {
        return new IllegalArgumentException(what + " has more than " + MAX_DEPTH + " segments; at most " + MAX_DEPTH
                + " are allowed, since a deeper hierarchy is not meaningful in an agreement");
    }

    /**
     * Whether {@code segment} matches {@link #SEGMENT} and is at most {@value #MAX_SEGMENT_LENGTH}
     * characters. A loop, not the regular expression: documents with many thousands of scopes
     * check every segment, and the matcher dominated reading them.
     */
    static boolean isSegment(String segment) {
        int n = segment.length();
        if (n == 0 || n > MAX_SEGMENT_LENGTH || segment.charAt(0) == '-' || segment.charAt(n - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = segment.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether {@code prefix} is a prefix of {@code path} (or equal to it). */
    public static boolean isPrefix(List<String> prefix, List<String> path) {
        if (prefix.size() > path.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Orders lists lexicographically, a prefix before its extensions: segment lists here, and the
     * related locations of findings.
     */
    public static <T extends Comparable<? super T>> int compare(List<T> a, List<T> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
