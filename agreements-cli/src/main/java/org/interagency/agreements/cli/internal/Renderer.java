package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Classification;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Party;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the pictures people read instead of the document: the RACI matrix, the data flows and
 * the escalation ladders, as Mermaid, DOT or Markdown. Every text from the agreement is escaped
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
            case RACI -> raci(agreement);
            case DATAFLOW -> dataflow(agreement);
            case ESCALATION -> escalation(agreement);
        };
        return notation == Notation.MERMAID ? mermaid(diagram) : dot(diagram);
    }

    // ---- the three views as graphs

    private static Diagram raci(Agreement agreement) {
        Diagram diagram = new Diagram(agreement.title() + ": RACI", true);
        Map<String, String> agencies = agencyNodes(diagram, agreement, raciAgencies(agreement));
        for (Responsibility responsibility : agreement.responsibilities()) {
            String node = diagram.node(responsibility.id() + ": " + responsibility.scope(), Diagram.Shape.ITEM);
            for (Assignment assignment : responsibility.assignments()) {
                diagram.edge(agencies.get(assignment.agencyId()), node, assignmentLabel(assignment));
            }
        }
        return diagram;
    }

    private static Diagram dataflow(Agreement agreement) {
        Diagram diagram = new Diagram(agreement.title() + ": data flows", true);
        Set<String> ids = new LinkedHashSet<>(agreement.partyIds());
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            ids.add(protocol.providerAgencyId());
            ids.addAll(protocol.recipients());
        }
        Map<String, String> agencies = agencyNodes(diagram, agreement, ids);
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            for (String recipient : protocol.recipients()) {
                diagram.edge(agencies.get(protocol.providerAgencyId()), agencies.get(recipient), flowLabel(protocol));
            }
        }
        return diagram;
    }

    private static Diagram escalation(Agreement agreement) {
        Diagram diagram = new Diagram(agreement.title() + ": escalation", false);
        for (EscalationPath path : agreement.escalationPaths()) {
            List<Diagram.Node> members = new ArrayList<>();
            List<EscalationLevel> levels = path.levels();
            for (int i = 0; i < levels.size(); i++) {
                members.add(diagram.groupNode((i + 1) + ". " + levels.get(i).forum(), Diagram.Shape.ITEM));
            }
            if (path.finalResolution() != null) {
                members.add(diagram.groupNode("final: " + enumName(path.finalResolution()), Diagram.Shape.TERMINAL));
            }
            diagram.group(path.id() + scopes(path), members);
            for (int i = 0; i + 1 < members.size(); i++) {
                diagram.edge(members.get(i).id(), members.get(i + 1).id(), timeLimit(levels.get(i)));
            }
        }
        return diagram;
    }

    private static Set<String> raciAgencies(Agreement agreement) {
        Set<String> ids = new LinkedHashSet<>(agreement.partyIds());
        for (Responsibility responsibility : agreement.responsibilities()) {
            for (Assignment assignment : responsibility.assignments()) {
                ids.add(assignment.agencyId());
            }
        }
        return ids;
    }

    private static Map<String, String> agencyNodes(Diagram diagram, Agreement agreement, Set<String> ids) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String id : ids) {
            nodes.put(id, diagram.node(agencyLabel(agreement, id), Diagram.Shape.AGENCY));
        }
        return nodes;
    }

    private static String agencyLabel(Agreement agreement, String id) {
        return agreement.party(id).map(Party::name).orElse(id + " (not a party)");
    }

    private static String assignmentLabel(Assignment assignment) {
        StringBuilder label = new StringBuilder(letter(assignment.role()));
        if (assignment.jurisdiction() != null) {
            label.append(" in ").append(assignment.jurisdiction());
        }
        if (assignment.period() != null) {
            label.append(" during ").append(assignment.period());
        }
        return label.toString();
    }

    private static String flowLabel(DataSharingProtocol protocol) {
        StringBuilder label = new StringBuilder(protocol.id()).append(": ").append(enumName(highest(protocol)));
        if (protocol.dataSets().stream().anyMatch(DataSet::personalData)) {
            label.append(", personal data");
        }
        return label.toString();
    }

    private static Classification highest(DataSharingProtocol protocol) {
        Classification highest = Classification.PUBLIC;
        for (DataSet set : protocol.dataSets()) {
            if (set.classification().compareTo(highest) > 0) {
                highest = set.classification();
            }
        }
        return highest;
    }

    private static String timeLimit(EscalationLevel level) {
        return level.responseTime() == null ? "no time limit" : "unresolved after " + level.responseTime();
    }

    private static String scopes(EscalationPath path) {
        return path.scopes().isEmpty() ? " (all scopes)"
                : " (" + path.scopes().stream().map(ScopePath::toString).collect(Collectors.joining(", ")) + ")";
    }

    private static String letter(RaciRole role) {
        return role.name().substring(0, 1);
    }

    private static String enumName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- Mermaid

    private static String mermaid(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(mermaidTitle(diagram.title())).append("\n---\n");
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

    /** The title in the YAML front matter, as a double-quoted YAML string. */
    private static String mermaidTitle(String title) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
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

    /** A DOT quoted string: backslash and quote escaped, control characters as spaces. */
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
        List<String> agencies = new ArrayList<>(raciAgencies(agreement));
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(agreement.title())).append(": RACI matrix\n\n");
        out.append("| Responsibility | Scope |");
        for (String agency : agencies) {
            out.append(' ').append(markdownText(agencyLabel(agreement, agency))).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(agencies.size()));
        out.append('\n');
        for (Responsibility responsibility : agreement.responsibilities()) {
            out.append("| ").append(markdownText(responsibility.id())).append(" | ")
                    .append(markdownText(responsibility.scope().toString())).append(" |");
            for (String agency : agencies) {
                String roles = responsibility.assignments().stream()
                        .filter(a -> a.agencyId().equals(agency))
                        .map(Renderer::assignmentLabel)
                        .collect(Collectors.joining(", "));
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
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            out.append("| ").append(markdownText(protocol.id()))
                    .append(" | ").append(markdownText(agencyLabel(agreement, protocol.providerAgencyId())))
                    .append(" | ").append(markdownText(protocol.recipients().stream()
                            .map(r -> agencyLabel(agreement, r)).collect(Collectors.joining(", "))))
                    .append(" | ").append(markdownText(protocol.dataSets().stream()
                            .map(DataSet::name).collect(Collectors.joining("; "))))
                    .append(" | ").append(enumName(highest(protocol)))
                    .append(" | ").append(protocol.dataSets().stream().anyMatch(DataSet::personalData) ? "yes" : "no")
                    .append(" | ").append(protocol.encryptedInTransit() ? "yes" : "no")
                    .append(" / ").append(protocol.encryptedAtRest() ? "yes" : "no")
                    .append(" | ").append(protocol.retention() == null ? "unlimited" : protocol.retention().toString())
                    .append(" | ").append(markdownText(String.join(", ", protocol.legalBasis())))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String escalationMarkdown(Agreement agreement) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(agreement.title())).append(": escalation\n");
        for (EscalationPath path : agreement.escalationPaths()) {
            out.append("\n## ").append(markdownText(path.id() + scopes(path))).append("\n\n");
            int number = 1;
            for (EscalationLevel level : path.levels()) {
                out.append(number++).append(". ").append(markdownText(level.forum()))
                        .append(level.responseTime() == null ? " (no time limit)" : " (respond within " + level.responseTime() + ")")
                        .append('\n');
            }
            out.append("\nFinal resolution: ")
                    .append(path.finalResolution() == null ? "none" : enumName(path.finalResolution())).append('\n');
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
