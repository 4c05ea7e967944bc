package org.interagency.agreements.cli.internal;

/** The notation {@code render} writes. */
public enum Notation {
    /** A Mermaid flowchart, which GitHub, GitLab and many wikis draw from a code block. */
    MERMAID,
    /** A Graphviz DOT digraph, for {@code dot -Tsvg}. */
    DOT,
    /** Markdown tables and lists, for people reading the agreement's text. */
    MARKDOWN
}
