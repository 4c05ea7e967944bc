package org.interagency.agreements.report.view;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A view of an agreement as a graph to draw, independent of the notation: nodes with labels and
 * shapes, labelled edges, and groups of nodes drawn as boxes. Node ids are generated
 * ({@code n0}, {@code n1}, ...) and group ids too ({@code g0}, ...), so nothing from the agreement
 * ever appears outside a label, which each notation escapes.
 *
 * <pre>{@code
 * Diagram flows = Diagram.dataFlows(agreement);
 * for (Diagram.Edge edge : flows.edges()) {
 *     // edge.from() -> edge.to(), labelled edge.label()
 * }
 * }</pre>
 *
 * <p>Immutable once returned by a factory method.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Diagram {

    /** How a node is drawn. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Shape {
        /** An agency: a rectangle. */
        AGENCY,
        /** A piece of work or a forum: a rounded box. */
        ITEM,
        /** An end point, such as a final resolution: a circle-ish terminal. */
        TERMINAL
    }

    /**
     * A node.
     *
     * @param id its generated id, {@code n} and a number
     * @param label its text, from the agreement
     * @param shape how it is drawn
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Node(String id, String label, Shape shape) {

        /**
         * Checks that the parts are present.
         *
         * @param id its generated id, {@code n} and a number
         * @param label its text, from the agreement
         * @param shape how it is drawn
         */
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shape, "shape");
        }
    }

    /**
     * A directed edge between two nodes.
     *
     * @param from the id of the node it leaves
     * @param to the id of the node it enters
     * @param label its text
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Edge(String from, String to, String label) {

        /**
         * Checks that the parts are present.
         *
         * @param from the id of the node it leaves
         * @param to the id of the node it enters
         * @param label its text
         */
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Nodes drawn together in a labelled box (an escalation path's levels).
     *
     * @param id its generated id, {@code g} and a number
     * @param label its text
     * @param nodes its nodes, which belong to no other group and are not among the
     *     {@linkplain Diagram#nodes() top-level nodes}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Group(String id, String label, List<Node> nodes) {

        /**
         * Copies the list.
         *
         * @param id its generated id, {@code g} and a number
         * @param label its text
         * @param nodes its nodes, which belong to no other group and are not among the {@linkplain
         *     Diagram#nodes() top-level nodes}
         */
        public Group {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            nodes = List.copyOf(nodes);
        }
    }

    private final String title;
    private final boolean leftToRight;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private int next;

    private Diagram(String title, boolean leftToRight) {
        this.title = title;
        this.leftToRight = leftToRight;
    }

    /**
     * The RACI matrix as a graph: each agency and each responsibility a node, each assignment an
     * edge from the agency to the responsibility labelled with its {@linkplain RaciMatrix.Entry#label()
     * role}. Drawn left to right.
     *
     * @param agreement the agreement
     * @return the graph of its RACI matrix
     */
    public static Diagram raci(Agreement agreement) {
        RaciMatrix matrix = RaciMatrix.of(agreement);
        Diagram diagram = new Diagram(agreement.title() + ": RACI", true);
        List<String> agencies = new ArrayList<>();
        for (RaciMatrix.Agency agency : matrix.agencies()) {
            agencies.add(diagram.node(agency.label(), Shape.AGENCY));
        }
        for (RaciMatrix.Row row : matrix.rows()) {
            String node = diagram.node(row.responsibilityId() + ": " + row.scope(), Shape.ITEM);
            // One edge per assignment, in the document's order of the assignments (the matrix
            // holds them by agency).
            List<Assigned> assigned = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                for (RaciMatrix.Entry entry : row.cells().get(c).entries()) {
                    assigned.add(new Assigned(entry.pointer(), agencies.get(c), entry.label()));
                }
            }
            assigned.sort(Comparator.comparing(Assigned::pointer));
            for (Assigned a : assigned) {
                diagram.edges.add(new Edge(a.agencyNode(), node, a.label()));
            }
        }
        return diagram;
    }

    private record Assigned(JsonPointer pointer, String agencyNode, String label) {
    }

    /**
     * The data flows as a graph: each agency (every party, and every provider or recipient that
     * is not one) a node, each protocol an edge from its provider to each recipient labelled with
     * its {@linkplain DataFlow#label() id and classification}. Drawn left to right.
     *
     * @param agreement the agreement
     * @return the graph of its data flows
     */
    public static Diagram dataFlows(Agreement agreement) {
        List<DataFlow> flows = DataFlow.of(agreement);
        Diagram diagram = new Diagram(agreement.title() + ": data flows", true);
        Set<String> ids = new LinkedHashSet<>(agreement.partyIds());
        for (DataFlow flow : flows) {
            ids.add(flow.providerId());
            ids.addAll(flow.recipientIds());
        }
        Map<String, String> agencies = new LinkedHashMap<>();
        for (String id : ids) {
            agencies.put(id, diagram.node(Labels.agency(agreement, id), Shape.AGENCY));
        }
        for (DataFlow flow : flows) {
            for (String recipient : flow.recipientIds()) {
                diagram.edges.add(new Edge(agencies.get(flow.providerId()), agencies.get(recipient), flow.label()));
            }
        }
        return diagram;
    }

    /**
     * The escalation ladders as a graph: each path a group of its levels (numbered, with the
     * forum) and its final resolution, each step up an edge labelled with the time the lower
     * level has. Drawn top to bottom.
     *
     * @param agreement the agreement
     * @return the graph of its escalation ladders
     */
    public static Diagram escalation(Agreement agreement) {
        Diagram diagram = new Diagram(agreement.title() + ": escalation", false);
        for (EscalationLadder ladder : EscalationLadder.of(agreement)) {
            List<Node> members = new ArrayList<>();
            List<EscalationLadder.Level> levels = ladder.levels();
            for (int i = 0; i < levels.size(); i++) {
                members.add(diagram.newNode((i + 1) + ". " + levels.get(i).forum(), Shape.ITEM));
            }
            if (ladder.finalResolution() != null) {
                members.add(diagram.newNode("final: " + ladder.finalResolution(), Shape.TERMINAL));
            }
            diagram.groups.add(new Group("g" + diagram.groups.size(), ladder.heading(), members));
            for (int i = 0; i + 1 < members.size(); i++) {
                String responseTime = levels.get(i).responseTime();
                diagram.edges.add(new Edge(members.get(i).id(), members.get(i + 1).id(),
                        responseTime == null ? "no time limit" : "unresolved after " + responseTime));
            }
        }
        return diagram;
    }

    /**
     * The diagram's title: the agreement's title and the view.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Whether the diagram reads left to right (otherwise top to bottom).
     *
     * @return {@code true} for left to right
     */
    public boolean leftToRight() {
        return leftToRight;
    }

    /**
     * The nodes outside any group, in the order they were added.
     *
     * @return the top-level nodes
     */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /**
     * The groups, each with its nodes.
     *
     * @return the groups
     */
    public List<Group> groups() {
        return Collections.unmodifiableList(groups);
    }

    /**
     * The edges, between any two nodes (top-level or in a group).
     *
     * @return the edges
     */
    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    /**
     * Whether the diagram has nothing to draw.
     *
     * @return {@code true} if it has no node and no group
     */
    public boolean isEmpty() {
        return nodes.isEmpty() && groups.isEmpty();
    }

    private String node(String label, Shape shape) {
        Node node = newNode(label, shape);
        nodes.add(node);
        return node.id();
    }

    private Node newNode(String label, Shape shape) {
        return new Node("n" + next++, label, shape);
    }
}
