/**
 * The built-in rule catalogue: one class per rule, each with the id, default severity and
 * principle documented in {@code docs/rules.md}, registered for {@link java.util.ServiceLoader}
 * in {@code META-INF/services/org.interagency.agreements.rules.Rule}.
 *
 * <p>Internal: users name these rules by id in a validator's configuration, never by class.
 * Every rule is stateless and safe to run from many threads at once; none throws on an
 * agreement that violates its Bean Validation constraints.
 */
@NullMarked
package org.interagency.agreements.core.internal.rules;

import org.jspecify.annotations.NullMarked;
