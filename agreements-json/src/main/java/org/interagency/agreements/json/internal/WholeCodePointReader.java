package org.interagency.agreements.json.internal;

import java.io.Reader;
import java.util.Objects;

/**
 * Reads a text so that a read of more than one char never ends between the two chars of a
 * surrogate pair: it ends just before the pair instead, and the next read starts with it.
 *
 * <p>snakeyaml-engine 3.0.1's {@code StreamReader} reads into a buffer one char longer than its
 * window and, when the last char read is a high surrogate, reads one char more into the slot just
 * past the end of that buffer. That throws {@link IndexOutOfBoundsException} from every reader
 * that fills the whole buffer, Jackson's UTF-8 reader and {@link java.io.StringReader} alike, so a
 * valid document fails when a character outside the BMP straddles char 1024 (or 2049, ...). A
 * reader that never leaves a high surrogate last keeps it from that read. Reported as
 * https://github.com/FasterXML/jackson-dataformats-text/issues/508; snakeyaml-engine 3.1.x is
 * reported to read such a pair correctly, so this reader can go once the dependency is past 3.0.1.
 *
 * <p>Not thread-safe, as a reader is used by one parser.
 */
final class WholeCodePointReader extends Reader {

    private final String text;
    private int next;

    /** A reader of {@code text}, which holds no unpaired surrogate (it was decoded from strict UTF-8). */
    WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), next + length);
        // A read of one char must return one char (Reader's contract), so only a longer read can
        // hold the high surrogate back.
        if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        text.getChars(next, end, buffer, offset);
        int count = end - next;
        next = end;
        return count;
    }

    @Override
    public void close() {
        // Nothing to release: the text is in memory.
    }
}
