package org.interagency.agreements.report.internal.html;

import org.interagency.agreements.report.view.Diagram;

import java.util.List;
import java.util.Objects;

/**
 * A {@link Diagram} with coordinates: what the page's inline SVG draws. Every coordinate is in
 * pixels from the top left corner of the drawing; labels are already cut into lines.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param description what the diagram shows, in one sentence, for people who cannot see it
 * @param groups the boxes around groups of nodes, drawn first
 * @param nodes every node, in a group or not
 * @param edges every edge, as a polyline, with its label
 */
public record LaidOutDiagram(double width, double height, String description,
        List<Box> groups, List<Box> nodes, List<Line> edges) {

    /** Copies the lists. */
    public LaidOutDiagram {
        Objects.requireNonNull(description, "description");
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The width as an SVG number, the drawing's natural width on the page. */
    public String drawnWidth() {
        return number(width);
    }

    /** {@code "0 0 width height"}, the SVG {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + number(width) + " " + number(height);
    }

    /**
     * A rectangle with text.
     *
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     * @param shape how it is drawn ({@code null} for a group's box)
     * @param label the full text, for the tooltip
     * @param lines the text as drawn, cut to fit
     */
    public record Box(double x, double y, double width, double height, Diagram.Shape shape, String label, List<String> lines) {

        /** Copies the list. */
        public Box {
            lines = List.copyOf(lines);
        }

        /** The corner radius: square for agencies, rounded for items, a pill for terminals. */
        public String radius() {
            return switch (shape) {
                case AGENCY -> "2";
                case ITEM -> "8";
                case TERMINAL -> number(height / 2);
            };
        }

        /** The CSS class of the shape. */
        public String kind() {
            return shape.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The baseline of line {@code i} of the text. */
        public String lineY(int i) {
            return number(y + TextMetrics.PADDING + TextMetrics.LINE_HEIGHT * (i + 1) - 4);
        }

        /** The horizontal centre. */
        public String centreX() {
            return number(x + width / 2);
        }

        /** Left as an SVG number. */
        public String left() {
            return number(x);
        }

        /** Top as an SVG number. */
        public String top() {
            return number(y);
        }

        /** Width as an SVG number. */
        public String w() {
            return number(width);
        }

        /** Height as an SVG number. */
        public String h() {
            return number(height);
        }
    }

    /**
     * An edge.
     *
     * @param points the polyline, as SVG {@code points} ({@code "x,y x,y ..."}), ending at the
     *     target, where the arrow head is
     * @param label the full label
     * @param lines the label as drawn
     * @param labelX the label's horizontal centre
     * @param labelY the baseline of the label's first line
     */
    public record Line(String points, String label, List<String> lines, double labelX, double labelY) {

        /** Copies the list. */
        public Line {
            lines = List.copyOf(lines);
        }

        /** The label's centre as an SVG number. */
        public String x() {
            return number(labelX);
        }

        /** The baseline of line {@code i} of the label. */
        public String lineY(int i) {
            return number(labelY + TextMetrics.LINE_HEIGHT * i);
        }
    }

    /** A coordinate as SVG reads it: one decimal, no exponent, a dot whatever the locale. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
