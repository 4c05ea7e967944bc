/**
 * The writers of the report formats, behind {@link org.interagency.agreements.report.ReportWriter}.
 * Not an API: not exported, and these types change with the formats.
 */
@NullMarked
package org.interagency.agreements.report.internal;

import org.jspecify.annotations.NullMarked;
