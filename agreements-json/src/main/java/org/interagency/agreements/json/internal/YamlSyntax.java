package org.interagency.agreements.json.internal;

import org.jspecify.annotations.Nullable;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;

import java.util.Locale;
import java.util.Optional;

/**
 * A YAML syntax error in words a person who writes agreements understands, with the parser's
 * own phrase kept as detail: SnakeYAML's phrases ("mapping values are not allowed here") name
 * the grammar, not the mistake. The most frequent mistakes are told apart by the words of the
 * phrase; any other phrase is passed on as it is.
 */
final class YamlSyntax {

    /** The parser's phrase (in lower case) and what it most often means, in the order they are tried. */
    private static final String[][] MEANINGS = {
        {"mapping values are not allowed", "a ':' followed by a space where no key can start: quote a value that"
                + " holds ': ' (\"title: 'Flood: response'\"), or indent the key like the keys beside it"},
        {"\\t(tab)", "a tab: YAML indents with spaces only"},
        {"that cannot start any token", "a character that cannot start a value here: quote the value ('@' and '`'"
                + " cannot begin a plain value)"},
        {"could not find expected ':'", "a key without ':' after it, or a line indented differently from the keys"
                + " beside it"},
        {"did not find expected key", "a line indented differently from the keys beside it, or a list item ('- ')"
                + " where a key was expected"},
        {"did not find expected '-' indicator", "a line in a list that does not start with '- ', or is indented"
                + " differently from the items before it"},
        {"expected <block end>", "a line indented differently from the lines before it"},
        {"found unexpected end of stream", "the document ends inside a quoted value or a '[...]' or '{...}' that"
                + " was never closed"},
        {"found unknown escape character", "a backslash escape that YAML does not know in a double-quoted value:"
                + " write '\\\\' for a backslash, or quote the value with single quotes"},
        {"expected ',' or '}'", "a '{...}' mapping with a ',' or the closing '}' missing"},
        {"expected ',' or ']'", "a '[...]' list with a ',' or the closing ']' missing"},
        {"found undefined tag handle", "a '!' that starts a tag: quote a value that begins with '!'"},
        {"found duplicate anchor", "an anchor ('&name') defined twice"},
        {"found undefined alias", "an alias ('*name') of an anchor that is not defined: quote a value that begins"
                + " with '*'"},
    };

    private YamlSyntax() {
    }

    /**
     * The message for a YAML syntax error: the parser's problem, without the context it names
     * ("while scanning a simple key"), when it says so apart.
     */
    static String message(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
            return message(marked.getProblem());
        }
        return message(e.getOriginalMessage());
    }

    /**
     * Where the parser found the problem, as a 1-based line and column: SnakeYAML's problem mark,
     * which is the mistake itself (a tab, the line without ':'); Jackson's own location is where
     * the value that holds it began. {@code null} if the parser gave no mark.
     */
    static int @Nullable [] lineAndColumn(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            Optional<Mark> mark = marked.getProblemMark();
            if (mark.isPresent()) {
                return new int[] {mark.get().getLine() + 1, mark.get().getColumn() + 1};
            }
        }
        return null;
    }

    /** The message for a YAML syntax error whose parser message is {@code parserMessage}. */
    static String message(@Nullable String parserMessage) {
        String phrase = firstLine(parserMessage);
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (String[] meaning : MEANINGS) {
            if (lower.contains(meaning[0].toLowerCase(Locale.ROOT))) {
                return "the document is not well-formed YAML: " + meaning[1] + " (the YAML parser says: " + phrase + ")";
            }
        }
        return "the document is not well-formed YAML: " + phrase;
    }

    /**
     * The parser's phrase without the excerpt of the document it appends (its lines after the
     * first) and without SnakeYAML's context prefix, which names its grammar ("while parsing a
     * block mapping").
     */
    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "the document is not well-formed";
        }
        StringBuilder phrase = new StringBuilder();
        for (String line : message.split("\n")) {
            String trimmed = line.strip();
            // The parser's lines that point into the document ("in reader, line 1, column 5:",
            // the excerpt and its caret) are left out: the problem's own line and column say it.
            if (trimmed.isEmpty() || trimmed.startsWith("in ") || trimmed.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            phrase.append(phrase.length() == 0 ? "" : " ").append(trimmed);
        }
        return phrase.length() == 0 ? "the document is not well-formed" : phrase.toString();
    }
}
