/**
 * What changed between two versions of an agreement: the {@link
 * org.interagency.agreements.versions.VersionComparison} that agreements-core computes, its
 * {@link org.interagency.agreements.versions.Change changes}, and the table that classes each
 * part of the model as {@linkplain org.interagency.agreements.versions.ChangeClass material or
 * administrative}. Rules see a comparison through
 * {@link org.interagency.agreements.rules.RuleContext#previousVersion()}.
 */
@NullMarked
package org.interagency.agreements.versions;

import org.jspecify.annotations.NullMarked;
