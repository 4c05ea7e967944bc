package org.interagency.agreements.report.internal.html;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.report.view.Diagram;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramLayoutTest {

    private static Agreement example(String name) {
        Path file = Path.of(System.getProperty("agreements.examples", "../examples"), "agreements", name);
        return AgreementJson.defaults().read(DocumentSource.of(file)).agreement();
    }

    @Test
    void laysOutEveryNodeInsideTheDrawingWithoutOverlaps() {
        Agreement agreement = example("harris-county-flood-response-mou.yaml");
        Diagram flows = Diagram.dataFlows(agreement);
        LaidOutDiagram laidOut = DiagramLayout.layout(flows, "flows");

        assertThat(laidOut.nodes()).hasSize(flows.nodes().size());
        assertThat(laidOut.edges()).hasSize(flows.edges().size());
        for (LaidOutDiagram.Box box : laidOut.nodes()) {
            assertThat(box.x()).isBetween(0.0, laidOut.width() - box.width());
            assertThat(box.y()).isBetween(0.0, laidOut.height() - box.height());
        }
        List<LaidOutDiagram.Box> boxes = laidOut.nodes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("%s and %s overlap", boxes.get(i).label(), boxes.get(j).label())
                        .isFalse();
            }
        }
    }

    @Test
    void routesEachEdgeFromItsSourceBoxToItsTargetBox() {
        Agreement agreement = example("harris-county-flood-response-mou.yaml");
        Diagram flows = Diagram.dataFlows(agreement);
        LaidOutDiagram laidOut = DiagramLayout.layout(flows, "flows");
        for (int e = 0; e < flows.edges().size(); e++) {
            Diagram.Edge edge = flows.edges().get(e);
            String[] points = laidOut.edges().get(e).points().split(" ");
            assertThat(points.length).isGreaterThanOrEqualTo(2);
            assertThat(touches(boxOf(laidOut, flows, edge.from()), points[0])).as("edge %s starts at its source", e).isTrue();
            assertThat(touches(boxOf(laidOut, flows, edge.to()), points[points.length - 1])).as("edge %s ends at its target", e)
                    .isTrue();
        }
    }

    @Test
    void keepsEachEscalationLevelInsideTheBoxOfItsPath() {
        Agreement agreement = example("williamson-county-fire-mutual-aid.yaml");
        Diagram ladders = Diagram.escalation(agreement);
        LaidOutDiagram laidOut = DiagramLayout.layout(ladders, "ladders");
        assertThat(laidOut.groups()).hasSize(ladders.groups().size()).isNotEmpty();
        LaidOutDiagram.Box path = laidOut.groups().get(0);
        for (LaidOutDiagram.Box level : laidOut.nodes().subList(0, ladders.groups().get(0).nodes().size())) {
            assertThat(level.x()).isBetween(path.x(), path.x() + path.width() - level.width());
            assertThat(level.y()).isBetween(path.y(), path.y() + path.height() - level.height());
        }
    }

    private static LaidOutDiagram.Box boxOf(LaidOutDiagram laidOut, Diagram diagram, String id) {
        int index = diagram.nodes().stream().map(Diagram.Node::id).toList().indexOf(id);
        return laidOut.nodes().get(index);
    }

    private static boolean touches(LaidOutDiagram.Box box, String point) {
        String[] xy = point.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        double slack = 1;
        return x >= box.x() - slack && x <= box.x() + box.width() + slack && y >= box.y() - slack
                && y <= box.y() + box.height() + slack;
    }

    private static boolean overlap(LaidOutDiagram.Box a, LaidOutDiagram.Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
