package org.interagency.agreements.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough lexer for JSON and YAML bytes, good enough to cut a document into the pieces a
 * mutation fuzzer deletes, duplicates and replaces: quoted strings, runs of word characters
 * (numbers, literals, plain YAML scalars), runs of white space, and single punctuation bytes.
 * It never fails: any byte belongs to some token.
 */
final class Tokens {

    /** What a token looks like; the fuzzer replaces numbers with extreme numbers and strings with extreme strings. */
    enum Kind { STRING, WORD, NUMBER, SPACE, PUNCTUATION }

    /** A token: its kind and its byte range [start, end). */
    record Token(Kind kind, int start, int end) {
    }

    private Tokens() {
    }

    static List<Token> of(byte[] document) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < document.length) {
            int start = i;
            byte b = document[i];
            Kind kind;
            if (b == '"' || b == '\'') {
                i++;
                while (i < document.length && document[i] != b) {
                    i += document[i] == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, document.length);
                kind = Kind.STRING;
            } else if (isWord(b)) {
                while (i < document.length && isWord(document[i])) {
                    i++;
                }
                kind = isNumber(document, start, i) ? Kind.NUMBER : Kind.WORD;
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                while (i < document.length && (document[i] == ' ' || document[i] == '\n' || document[i] == '\r'
                        || document[i] == '\t')) {
                    i++;
                }
                kind = Kind.SPACE;
            } else {
                i++;
                kind = Kind.PUNCTUATION;
            }
            tokens.add(new Token(kind, start, i));
        }
        return tokens;
    }

    private static boolean isWord(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '+'
                || b == '.' || b == '_' || b < 0;
    }

    private static boolean isNumber(byte[] document, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = document[i];
            if (!(b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E')) {
                return false;
            }
        }
        return document[start] >= '0' && document[start] <= '9' || document[start] == '-';
    }
}
