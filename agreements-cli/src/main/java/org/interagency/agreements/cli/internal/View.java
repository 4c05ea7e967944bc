package org.interagency.agreements.cli.internal;

/** What {@code render} draws from an agreement. */
public enum View {
    /** The RACI matrix: agencies against responsibilities, with their roles. */
    RACI,
    /** The data flows: agencies as nodes, each protocol's transfer from provider to recipient as an edge. */
    DATAFLOW,
    /** The escalation ladders: the levels of each path in order, ending in its final resolution. */
    ESCALATION
}
