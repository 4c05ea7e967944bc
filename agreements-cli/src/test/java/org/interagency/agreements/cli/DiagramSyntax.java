package org.interagency.agreements.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure checks for the Mermaid and DOT the command writes. The Mermaid CLI needs a browser
 * (not available offline), so these check the subset of each grammar the renderer uses: every
 * line is a header, a node, a group or an edge; labels are quoted with nothing unescaped inside;
 * groups are balanced; edges join declared nodes. A name that broke out of its label fails them.
 */
final class DiagramSyntax {

    /** Text inside a quoted Mermaid label: no quote, no raw '#' other than an entity, no '|', '<', '>', '`', '%'. */
    private static final String MERMAID_TEXT = "(?:[^\"#|<>`%\\n]|#[a-z0-9]+;)*";
    private static final Pattern MERMAID_NODE = Pattern.compile(
            " +(n\\d+)(?:\\[\"" + MERMAID_TEXT + "\"\\]|\\(\"" + MERMAID_TEXT + "\"\\)|\\(\\[\"" + MERMAID_TEXT + "\"\\]\\))");
    private static final Pattern MERMAID_EDGE = Pattern.compile(" +(n\\d+) -->\\|\"" + MERMAID_TEXT + "\"\\| (n\\d+)");
    private static final Pattern MERMAID_SUBGRAPH = Pattern.compile(" +subgraph g\\d+\\[\"" + MERMAID_TEXT + "\"\\]");

    /** A DOT quoted string: escaped quotes and backslashes only. */
    private static final String DOT_STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final Pattern DOT_NODE = Pattern.compile(" +(n\\d+) \\[label=" + DOT_STRING + ", shape=(?:box|box, style=rounded|ellipse)\\];");
    private static final Pattern DOT_EDGE = Pattern.compile(" +(n\\d+) -> (n\\d+) \\[label=" + DOT_STRING + "\\];");
    private static final Pattern DOT_ATTRIBUTE = Pattern.compile(" +(?:label=" + DOT_STRING + "|labelloc=t|rankdir=(?:LR|TB)"
            + "|(?:node|edge) \\[fontname=\"Helvetica\"\\]);");

    private DiagramSyntax() {
    }

    /** The problems of a Mermaid flowchart, one per offending line; empty if it is well-formed. */
    static List<String> mermaidProblems(String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        if (lines.size() >= 3 && lines.get(0).equals("---")) {
            if (!lines.get(1).matches("title: \"(?:[^\"\\\\]|\\\\.)*\"") || !lines.get(2).equals("---")) {
                problems.add("front matter: " + lines.subList(0, 3));
            }
            i = 3;
        }
        if (i >= lines.size() || !lines.get(i).matches("flowchart (LR|TD)")) {
            problems.add("no flowchart header");
            return problems;
        }
        Set<String> declared = new HashSet<>();
        List<String[]> edges = new ArrayList<>();
        int depth = 0;
        for (String line : lines.subList(i + 1, lines.size())) {
            Matcher node = MERMAID_NODE.matcher(line);
            Matcher edge = MERMAID_EDGE.matcher(line);
            if (node.matches()) {
                declared.add(node.group(1));
            } else if (edge.matches()) {
                edges.add(new String[] {edge.group(1), edge.group(2)});
            } else if (MERMAID_SUBGRAPH.matcher(line).matches()) {
                depth++;
            } else if (line.strip().equals("end") && depth > 0) {
                depth--;
            } else {
                problems.add("unexpected line: " + line);
            }
        }
        if (depth != 0) {
            problems.add("unbalanced subgraph");
        }
        for (String[] edge : edges) {
            if (!declared.contains(edge[0]) || !declared.contains(edge[1])) {
                problems.add("edge between undeclared nodes: " + edge[0] + " -> " + edge[1]);
            }
        }
        return problems;
    }

    /** The problems of a DOT digraph, one per offending line; empty if it is well-formed. */
    static List<String> dotProblems(String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("digraph agreement {") || !lines.get(lines.size() - 1).equals("}")) {
            problems.add("not one digraph");
            return problems;
        }
        Set<String> declared = new HashSet<>();
        List<String[]> edges = new ArrayList<>();
        int depth = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher node = DOT_NODE.matcher(line);
            Matcher edge = DOT_EDGE.matcher(line);
            if (node.matches()) {
                declared.add(node.group(1));
            } else if (edge.matches()) {
                edges.add(new String[] {edge.group(1), edge.group(2)});
            } else if (line.matches(" +subgraph cluster_g\\d+ \\{")) {
                depth++;
            } else if (line.strip().equals("}") && depth > 0) {
                depth--;
            } else if (!DOT_ATTRIBUTE.matcher(line).matches()) {
                problems.add("unexpected line: " + line);
            }
        }
        if (depth != 0) {
            problems.add("unbalanced subgraph");
        }
        for (String[] edge : edges) {
            if (!declared.contains(edge[0]) || !declared.contains(edge[1])) {
                problems.add("edge between undeclared nodes: " + edge[0] + " -> " + edge[1]);
            }
        }
        return problems;
    }
}
