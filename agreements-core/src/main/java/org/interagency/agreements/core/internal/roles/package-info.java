/**
 * The built-in rules of principle 2, clear roles and responsibilities ({@code roles.*}), and the
 * overlap check they share: who is accountable or responsible for which work, where and when.
 * Not an API.
 */
@NullMarked
package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.NullMarked;
