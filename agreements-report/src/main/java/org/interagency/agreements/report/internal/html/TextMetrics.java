package org.interagency.agreements.report.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * How much room a label takes in the page's diagrams, without a font at hand: the page draws SVG
 * text at 12 px in the browser's sans-serif font, whose average advance is about 0.6 em, so a
 * box is sized for 7.2 px a character and the text cut into lines of at most
 * {@value #LINE_CHARS} characters, at most {@value #MAX_LINES} lines (the rest elided: the full
 * label is the node's tooltip, and the page lists every value in text beside the drawing).
 */
final class TextMetrics {

    static final double CHAR_WIDTH = 7.2;
    static final double LINE_HEIGHT = 15;
    static final double PADDING = 6;
    static final int LINE_CHARS = 30;
    static final int MAX_LINES = 3;

    private TextMetrics() {
    }

    /** {@code text} cut at spaces (or mid-word, for a long word) into the lines drawn. */
    static List<String> lines(String text, int lineChars, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 && rest.length() > lineChars) {
                lines.add(rest.substring(0, lineChars - 1).stripTrailing() + "\u2026");
                return lines;
            }
            if (rest.length() <= lineChars) {
                lines.add(rest);
                break;
            }
            int cut = rest.lastIndexOf(' ', lineChars);
            if (cut <= 0) {
                cut = lineChars;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** The width of the widest line, with padding. */
    static double width(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest * CHAR_WIDTH + 2 * PADDING;
    }

    /** The height of the lines, with padding. */
    static double height(List<String> lines) {
        return lines.size() * LINE_HEIGHT + 2 * PADDING;
    }
}
