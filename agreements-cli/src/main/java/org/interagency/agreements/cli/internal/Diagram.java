package org.interagency.agreements.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A graph to draw, independent of the notation: nodes with labels and shapes, labelled edges,
 * and groups of nodes drawn as boxes. Node ids are generated ({@code n0}, {@code n1}, ...), so
 * nothing from the agreement ever appears outside a quoted, escaped label.
 */
final class Diagram {

    /** How a node is drawn. */
    enum Shape {
        /** An agency: a rectangle. */
        AGENCY,
        /** A piece of work or a forum: a rounded box. */
        ITEM,
        /** An end point, such as a final resolution: a circle-ish terminal. */
        TERMINAL
    }

    record Node(String id, String label, Shape shape) {
        Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shape, "shape");
        }
    }

    record Edge(String from, String to, String label) {
        Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
        }
    }

    record Group(String id, String label, List<Node> nodes) {
        Group {
            nodes = List.copyOf(nodes);
        }
    }

    private final String title;
    private final boolean leftToRight;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private int next;

    Diagram(String title, boolean leftToRight) {
        this.title = title;
        this.leftToRight = leftToRight;
    }

    String title() {
        return title;
    }

    boolean leftToRight() {
        return leftToRight;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Group> groups() {
        return groups;
    }

    List<Edge> edges() {
        return edges;
    }

    /** Adds a node outside any group and returns its generated id. */
    String node(String label, Shape shape) {
        Node node = new Node("n" + next++, label, shape);
        nodes.add(node);
        return node.id();
    }

    /** A new node for a group: not added until the group is. */
    Node groupNode(String label, Shape shape) {
        return new Node("n" + next++, label, shape);
    }

    void group(String label, List<Node> members) {
        groups.add(new Group("g" + groups.size(), label, members));
    }

    void edge(String from, String to, String label) {
        edges.add(new Edge(from, to, label));
    }
}
