/**
 * The views of one agreement that people read instead of the document, as values independent
 * of how they are drawn: the {@linkplain org.interagency.agreements.report.view.RaciMatrix RACI
 * matrix}, the {@linkplain org.interagency.agreements.report.view.DataFlow data flows} and the
 * {@linkplain org.interagency.agreements.report.view.EscalationLadder escalation ladders}, and
 * each of them as a {@linkplain org.interagency.agreements.report.view.Diagram graph} to lay out.
 * {@code agreements render} writes them as Mermaid, DOT or Markdown and the HTML report draws
 * them, from these same values.
 *
 * <p>Text in these values is the agreement's own, unescaped: each notation escapes it for itself.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0.
 */
@NullMarked
package org.interagency.agreements.report.view;

import org.jspecify.annotations.NullMarked;
