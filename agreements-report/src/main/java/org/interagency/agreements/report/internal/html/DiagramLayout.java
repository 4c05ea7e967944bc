package org.interagency.agreements.report.internal.html;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.interagency.agreements.report.view.Diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a {@link Diagram} with Eclipse ELK's layered algorithm (Sugiyama's method: layers,
 * crossing minimisation, orthogonal edge routing), the algorithm ELK made for node-link
 * diagrams with a direction, such as flows and ladders. Plain Java: ELK's layout engine and
 * algorithms run without OSGi or Xtext; the layered algorithm is registered once, by hand, so
 * nothing depends on ServiceLoader finding it in a merged jar.
 */
final class DiagramLayout {

    private static final double SPACING = 24;
    private static final double GROUP_LABEL_HEIGHT = TextMetrics.LINE_HEIGHT + 10;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private DiagramLayout() {
    }

    /** {@code diagram} with coordinates. */
    static LaidOutDiagram layout(Diagram diagram, String description) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        configure(root, diagram.leftToRight() ? Direction.RIGHT : Direction.DOWN);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(SPACING / 2));

        Map<String, ElkNode> byId = new HashMap<>();
        Map<ElkNode, Diagram.Node> nodes = new HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            ElkNode elk = node(root, node);
            byId.put(node.id(), elk);
            nodes.put(elk, node);
        }
        Map<ElkNode, Diagram.Group> groups = new HashMap<>();
        for (Diagram.Group group : diagram.groups()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            configure(box, diagram.leftToRight() ? Direction.RIGHT : Direction.DOWN);
            box.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_LABEL_HEIGHT + 8, 12, 12, 12));
            List<String> lines = TextMetrics.lines(PageBuilder.shown(group.label()), TextMetrics.LINE_CHARS * 2, 1);
            ElkLabel label = ElkGraphUtil.createLabel(lines.get(0), box);
            label.setDimensions(TextMetrics.width(lines), TextMetrics.height(lines));
            box.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
            groups.put(box, group);
            for (Diagram.Node node : group.nodes()) {
                ElkNode elk = node(box, node);
                byId.put(node.id(), elk);
                nodes.put(elk, node);
            }
        }
        Map<ElkEdge, Diagram.Edge> edges = new HashMap<>();
        List<ElkEdge> order = new ArrayList<>();
        for (Diagram.Edge edge : diagram.edges()) {
            ElkNode from = byId.get(edge.from());
            ElkNode to = byId.get(edge.to());
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
            ElkGraphUtil.updateContainment(elk);
            List<String> lines = TextMetrics.lines(PageBuilder.shown(edge.label()), TextMetrics.LINE_CHARS, 2);
            ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), elk);
            label.setDimensions(TextMetrics.width(lines), lines.size() * TextMetrics.LINE_HEIGHT);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            edges.put(elk, edge);
            order.add(elk);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return result(root, description, nodes, groups, order, edges);
    }

    private static void configure(ElkNode graph, Direction direction) {
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, SPACING * 2);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    }

    private static ElkNode node(ElkNode parent, Diagram.Node node) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        List<String> lines = TextMetrics.lines(PageBuilder.shown(node.label()), TextMetrics.LINE_CHARS, TextMetrics.MAX_LINES);
        elk.setDimensions(Math.max(60, TextMetrics.width(lines)), TextMetrics.height(lines));
        return elk;
    }

    private static LaidOutDiagram result(ElkNode root, String description, Map<ElkNode, Diagram.Node> nodes,
            Map<ElkNode, Diagram.Group> groups, List<ElkEdge> order, Map<ElkEdge, Diagram.Edge> edges) {
        List<LaidOutDiagram.Box> groupBoxes = new ArrayList<>();
        List<LaidOutDiagram.Box> nodeBoxes = new ArrayList<>();
        for (ElkNode child : root.getChildren()) {
            Diagram.Group group = groups.get(child);
            if (group == null) {
                nodeBoxes.add(box(child, 0, 0, nodes.get(child)));
                continue;
            }
            groupBoxes.add(new LaidOutDiagram.Box(child.getX(), child.getY(), child.getWidth(), child.getHeight(),
                    Diagram.Shape.ITEM, PageBuilder.shown(group.label()), TextMetrics.lines(PageBuilder.shown(group.label()), TextMetrics.LINE_CHARS * 2, 1)));
            for (ElkNode member : child.getChildren()) {
                nodeBoxes.add(box(member, child.getX(), child.getY(), nodes.get(member)));
            }
        }
        List<LaidOutDiagram.Line> lines = new ArrayList<>();
        for (ElkEdge elk : order) {
            lines.add(line(elk, edges.get(elk)));
        }
        return new LaidOutDiagram(root.getWidth(), root.getHeight(), description, groupBoxes, nodeBoxes, lines);
    }

    private static LaidOutDiagram.Box box(ElkNode elk, double dx, double dy, Diagram.Node node) {
        return new LaidOutDiagram.Box(dx + elk.getX(), dy + elk.getY(), elk.getWidth(), elk.getHeight(), node.shape(),
                PageBuilder.shown(node.label()), TextMetrics.lines(PageBuilder.shown(node.label()), TextMetrics.LINE_CHARS, TextMetrics.MAX_LINES));
    }

    private static LaidOutDiagram.Line line(ElkEdge elk, Diagram.Edge edge) {
        // An edge's coordinates are relative to the node that contains it: the root, or a group.
        ElkNode container = elk.getContainingNode();
        double dx = 0;
        double dy = 0;
        for (ElkNode n = container; n != null && n.getParent() != null; n = n.getParent()) {
            dx += n.getX();
            dy += n.getY();
        }
        StringBuilder points = new StringBuilder();
        for (ElkEdgeSection section : elk.getSections()) {
            point(points, dx + section.getStartX(), dy + section.getStartY());
            for (ElkBendPoint bend : section.getBendPoints()) {
                point(points, dx + bend.getX(), dy + bend.getY());
            }
            point(points, dx + section.getEndX(), dy + section.getEndY());
        }
        List<String> lines = TextMetrics.lines(PageBuilder.shown(edge.label()), TextMetrics.LINE_CHARS, 2);
        double labelX = 0;
        double labelY = 0;
        if (!elk.getLabels().isEmpty()) {
            ElkLabel label = elk.getLabels().get(0);
            labelX = dx + label.getX() + label.getWidth() / 2;
            labelY = dy + label.getY() + TextMetrics.LINE_HEIGHT - 3;
        }
        return new LaidOutDiagram.Line(points.toString().strip(), PageBuilder.shown(edge.label()), lines, labelX, labelY);
    }

    private static void point(StringBuilder points, double x, double y) {
        points.append(LaidOutDiagram.number(x)).append(',').append(LaidOutDiagram.number(y)).append(' ');
    }
}
