package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.report.view.DataFlow;
import org.interagency.agreements.report.view.Diagram;
import org.interagency.agreements.report.view.EscalationLadder;
import org.interagency.agreements.report.view.RaciMatrix;

import java.util.stream.Collectors;

/**
 * Draws the pictures people read instead of the document: the RACI matrix, the data flows and
 * the escalation ladders, as Mermaid, DOT or Markdown, from the views that the HTML report
 * draws too (agreements-report's {@code view} package). Every text from the agreement is escaped
 * for the notation, so a document cannot inject syntax into the picture.
 */
public final class Renderer {

    private Renderer() {
    }

    /** {@code view} of {@code agreement} in {@code notation}, ending with a newline. */
    public static String render(Agreement agreement, View view, Notation notation) {
        if (notation == Notation.MARKDOWN) {
            return switch (view) {
                case RACI -> raciMarkdown(agreement);
                case DATAFLOW -> dataflowMarkdown(agreement);
                case ESCALATION -> escalationMarkdown(agreement);
            };
        }
        Diagram diagram = switch (view) {
            case RACI -> Diagram.raci(agreement);
            case DATAFLOW -> Diagram.dataFlows(agreement);
            case ESCALATION -> Diagram.escalation(agreement);
        };
        return notation == Notation.MERMAID ? mermaid(diagram) : dot(diagram);
    }

    // ---- Mermaid

    private static String mermaid(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        // A DOT quoted string is also a double-quoted YAML string: the same two escapes.
        out.append("---\ntitle: ").append(dotText(diagram.title())).append("\n---\n");
        out.append("flowchart ").append(diagram.leftToRight() ? "LR" : "TD").append('\n');
        for (Diagram.Node node : diagram.nodes()) {
            out.append("    ").append(mermaidNode(node)).append('\n');
        }
        for (Diagram.Group group : diagram.groups()) {
            out.append("    subgraph ").append(group.id()).append("[\"").append(mermaidText(group.label())).append("\"]\n");
            for (Diagram.Node node : group.nodes()) {
                out.append("        ").append(mermaidNode(node)).append('\n');
            }
            out.append("    end\n");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            out.append("    ").append(edge.from()).append(" -->|\"").append(mermaidText(edge.label())).append("\"| ")
                    .append(edge.to()).append('\n');
        }
        return out.toString();
    }

    private static String mermaidNode(Diagram.Node node) {
        String text = "\"" + mermaidText(node.label()) + "\"";
        return node.id() + switch (node.shape()) {
            case AGENCY -> "[" + text + "]";
            case ITEM -> "(" + text + ")";
            case TERMINAL -> "([" + text + "])";
        };
    }

    /**
     * Text inside a quoted Mermaid label: Mermaid reads {@code #name;} as an entity, so
     * {@code #} itself and the characters that end a label or start markup become entities.
     */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '`' -> out.append("#96;");
                case '|' -> out.append("#124;");
                // "%%" starts a Mermaid comment; an entity keeps it text.
                case '%' -> out.append("#37;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    // ---- DOT

    private static String dot(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("digraph agreement {\n");
        out.append("    label=").append(dotText(diagram.title())).append(";\n");
        out.append("    labelloc=t;\n");
        out.append("    rankdir=").append(diagram.leftToRight() ? "LR" : "TB").append(";\n");
        out.append("    node [fontname=\"Helvetica\"];\n");
        out.append("    edge [fontname=\"Helvetica\"];\n");
        for (Diagram.Node node : diagram.nodes()) {
            out.append("    ").append(dotNode(node)).append('\n');
        }
        for (Diagram.Group group : diagram.groups()) {
            out.append("    subgraph cluster_").append(group.id()).append(" {\n");
            out.append("        label=").append(dotText(group.label())).append(";\n");
            for (Diagram.Node node : group.nodes()) {
                out.append("        ").append(dotNode(node)).append('\n');
            }
            out.append("    }\n");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            out.append("    ").append(edge.from()).append(" -> ").append(edge.to())
                    .append(" [label=").append(dotText(edge.label())).append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String dotNode(Diagram.Node node) {
        String shape = switch (node.shape()) {
            case AGENCY -> "box";
            case ITEM -> "box, style=rounded";
            case TERMINAL -> "ellipse";
        };
        return node.id() + " [label=" + dotText(node.label()) + ", shape=" + shape + "];";
    }

    /**
     * A DOT quoted string: backslash and quote escaped, control characters as spaces. It is also
     * a double-quoted YAML string, the title of a Mermaid diagram.
     */
    static String dotText(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    // ---- Markdown

    private static String raciMarkdown(Agreement agreement) {
        RaciMatrix matrix = RaciMatrix.of(agreement);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(matrix.title())).append(": RACI matrix\n\n");
        out.append("| Responsibility | Scope |");
        for (RaciMatrix.Agency agency : matrix.agencies()) {
            out.append(' ').append(markdownText(agency.label())).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(matrix.agencies().size()));
        out.append('\n');
        for (RaciMatrix.Row row : matrix.rows()) {
            out.append("| ").append(markdownText(row.responsibilityId())).append(" | ")
                    .append(markdownText(row.scope())).append(" |");
            for (RaciMatrix.Cell cell : row.cells()) {
                String roles = cell.entries().stream().map(RaciMatrix.Entry::label).collect(Collectors.joining(", "));
                out.append(' ').append(markdownText(roles)).append(" |");
            }
            out.append('\n');
        }
        out.append("\nR responsible, A accountable, C consulted, I informed.\n");
        return out.toString();
    }

    private static String dataflowMarkdown(Agreement agreement) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(agreement.title())).append(": data flows\n\n");
        out.append("| Protocol | From | To | Data sets | Classification | Personal data | Encrypted in transit / at rest | Retention | Legal basis |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (DataFlow flow : DataFlow.of(agreement)) {
            out.append("| ").append(markdownText(flow.protocolId()))
                    .append(" | ").append(markdownText(flow.provider()))
                    .append(" | ").append(markdownText(String.join(", ", flow.recipients())))
                    .append(" | ").append(markdownText(String.join("; ", flow.dataSets())))
                    .append(" | ").append(flow.classification())
                    .append(" | ").append(flow.personalData() ? "yes" : "no")
                    .append(" | ").append(flow.encryptedInTransit() ? "yes" : "no")
                    .append(" / ").append(flow.encryptedAtRest() ? "yes" : "no")
                    .append(" | ").append(flow.retention() == null ? "unlimited" : flow.retention())
                    .append(" | ").append(markdownText(String.join(", ", flow.legalBasis())))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String escalationMarkdown(Agreement agreement) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(agreement.title())).append(": escalation\n");
        for (EscalationLadder ladder : EscalationLadder.of(agreement)) {
            out.append("\n## ").append(markdownText(ladder.heading())).append("\n\n");
            int number = 1;
            for (EscalationLadder.Level level : ladder.levels()) {
                out.append(number++).append(". ").append(markdownText(level.forum()))
                        .append(level.responseTime() == null ? " (no time limit)" : " (respond within " + level.responseTime() + ")")
                        .append('\n');
            }
            out.append("\nFinal resolution: ")
                    .append(ladder.finalResolution() == null ? "none" : ladder.finalResolution()).append('\n');
        }
        return out.toString();
    }

    /**
     * Text in a Markdown table cell or heading: the characters that make structure or markup
     * ({@code | \ * _ ` [ ] < > #}) escaped, line breaks as spaces.
     */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '#' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
