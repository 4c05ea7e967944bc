package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Writing values from an agreement into a message, the way every message of the library does:
 * quoted safely, and with a "did you mean" for a misspelt name.
 *
 * <p>An agreement may come from an untrusted system, and its values end up on terminals, in logs
 * and in reports. A rule that puts a value into a {@link Finding}'s message quotes it with
 * {@link #quote(Object)}, so that what a reader sees is what was sent: no value can forge a line
 * break, clear a terminal, or hide behind a bidirectional control character.
 *
 * <pre>{@code
 * context.report(pointer, "channel " + Messages.quote(channel.id()) + " reaches no party",
 *         "add the parties it serves to its participants");
 *
 * Messages.didYouMean("roles.acountable-overlap", knownIds)   // Optional[roles.accountable-overlap]
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Messages {

    /** Quoted values are cut to this many characters, then an ellipsis. */
    public static final int MAX_QUOTED_LENGTH = 60;

    /** {@link #quoteAll(Collection)} names at most this many values, then says how many more there are. */
    public static final int MAX_LISTED = 5;

    /** Names longer than this are not compared for suggestions (the comparison is quadratic). */
    public static final int MAX_COMPARED_LENGTH = 64;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Messages() {
    }

    /**
     * Quotes {@code value} for a message: its string form in double quotes, shortened to
     * {@value #MAX_QUOTED_LENGTH} characters (then an ellipsis), with quotes and backslashes
     * escaped by a backslash, and control (C0 and C1, next line among them), format
     * (bidirectional, zero-width), surrogate and non-ASCII space characters written as
     * {@code \\uXXXX}. {@code null} is {@code null}, unquoted.
     *
     * <p>For example {@code quote("a\"b\nc")} is {@code "a\"b\u000Ac"} with its quotes.
     *
     * @param value the value to quote, usually text from outside the library
     * @return the quoted string form, or {@code null}
     */
    public static String quote(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        return quoted(text, Math.min(text.length(), MAX_QUOTED_LENGTH));
    }

    /**
     * A name from outside the library for a line of output (a file name, a path, a key id from a
     * signature document): as it is when it is not empty and every character is visible and none
     * is a space, a double quote or a backslash, so that ordinary names read as they are written
     * (as {@code ls} and {@code sha256sum} show them); otherwise in double quotes by the rule of
     * {@link #quote(Object)}, but whole, never shortened (a path cut short names another file).
     * {@code null} is {@code null}.
     *
     * <p>So no name can forge a line of output, clear a terminal or pass itself off as another:
     * {@code quoteName("mou.yaml")} is {@code mou.yaml}; a file named {@code x}, line feed,
     * {@code 1 document checked} is {@code "x\\u000A1 document checked"} with its quotes, and a name
     * holding a literal backslash is quoted too, so it cannot pass for an escape.
     *
     * @param name the name to show, for example a file name
     * @return the name as it is, or quoted whole; or {@code null}
     */
    public static String quoteName(@Nullable Object name) {
        if (name == null) {
            return "null";
        }
        String text = name.toString();
        boolean plain = !text.isEmpty();
        for (int i = 0; plain && i < text.length(); i++) {
            char c = text.charAt(i);
            plain = c != ' ' && c != '"' && c != '\\' && !isHidden(c);
        }
        if (plain) {
            return text;
        }
        return quoted(text, text.length());
    }

    /**
     * The first {@code length} characters of {@code text} in double quotes, by the rule of {@link
     * #quote(Object)}, with an ellipsis after them if the text is longer.
     */
    private static String quoted(String text, int length) {
        StringBuilder out = new StringBuilder(length + 16).append('"');
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
                // Printable ASCII, most of what is quoted: none of it is escaped.
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (isHidden(c)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        if (length < text.length()) {
            out.append('\u2026');
        }
        return out.append('"').toString();
    }

    /**
     * {@code value}'s string form whole, with the characters that {@link #quote(Object)} writes as
     * {@code \\uXXXX} (control, format, surrogate and non-ASCII space characters, line breaks
     * among them) written so, and nothing else changed: neither quoted nor shortened. For text
     * that must be shown in full on one line, such as a file name given by a user or a line of a
     * report; text already {@linkplain #quote(Object) quoted} comes back unchanged.
     * {@code null} is {@code null}.
     *
     * <p>For example a file name holding the escape character (U+001B) that starts a terminal
     * command comes back with that character written as the six visible characters
     * {@code \\u001B}, and the command is shown instead of run.
     *
     * @param value the value to show
     * @return its string form with hidden characters escaped, or {@code null}
     */
    public static String escape(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int first = 0;
        while (first < text.length() && !isHidden(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The values, each {@linkplain #quote(Object) quoted}, separated by commas: at most
     * {@value #MAX_LISTED} of them, then "and N more"; {@code none} for no values.
     *
     * @param values the values to list
     * @return the quoted values, separated by commas
     */
    public static String quoteAll(Collection<?> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<String> quoted = new ArrayList<>(Math.min(values.size(), MAX_LISTED));
        for (Object value : values) {
            if (quoted.size() == MAX_LISTED) {
                break;
            }
            quoted.add(quote(value));
        }
        String joined = String.join(", ", quoted);
        int more = values.size() - quoted.size();
        return more > 0 ? joined + " and " + more + " more" : joined;
    }

    /**
     * The candidate that {@code wanted} most likely misspells, for a "did you mean" hint: the one
     * nearest by edit distance after folding case and reading {@code '_'} and spaces as
     * {@code '-'}, if at most a third of the longer name's characters differ (two edits are always
     * allowed); ties go to the candidate first in natural order. When none is that near, the one
     * candidate that holds {@code wanted} as a whole word ({@code "deletion"} for
     * {@code "secure-deletion"}; words are separated by {@code '-'} and {@code '.'}), if exactly one
     * does. Empty otherwise, if {@code wanted} is empty, or if it is longer than
     * {@value #MAX_COMPARED_LENGTH} characters.
     *
     * @param wanted the name a person typed
     * @param candidates the names that exist
     * @return the candidate to suggest, if any
     */
    public static Optional<String> didYouMean(String wanted, Collection<String> candidates) {
        if (wanted.isEmpty() || wanted.length() > MAX_COMPARED_LENGTH) {
            return Optional.empty();
        }
        String folded = fold(wanted);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.length() > MAX_COMPARED_LENGTH) {
                continue;
            }
            int distance = editDistance(folded, fold(candidate));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, Math.max(wanted.length(), best.length()) / 3)) {
            return onlyCandidateWithWord(folded, candidates);
        }
        return Optional.of(best);
    }

    /**
     * The one candidate of which {@code word} is a whole word ({@code '-'} and {@code '.'} separate
     * words), if exactly one is: {@code deletion} for {@code secure-deletion}, too far by edit
     * distance, is still what was meant.
     */
    private static Optional<String> onlyCandidateWithWord(String word, Collection<String> candidates) {
        String found = null;
        for (String candidate : candidates) {
            if (candidate.length() > MAX_COMPARED_LENGTH) {
                continue;
            }
            String folded = fold(candidate);
            int at = folded.indexOf(word);
            while (at >= 0) {
                int end = at + word.length();
                if ((at == 0 || isWordSeparator(folded.charAt(at - 1)))
                        && (end == folded.length() || isWordSeparator(folded.charAt(end)))) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = candidate;
                    break;
                }
                at = folded.indexOf(word, at + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean isWordSeparator(char c) {
        return c == '-' || c == '.';
    }

    private static void appendEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }

    /** Whether {@code c} would be invisible, or act on a terminal, if printed as it is. */
    private static boolean isHidden(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
