/**
 * The legal rule packs: one class per regime, each a {@link org.interagency.agreements.rules.RulePack}
 * found by {@link java.util.ServiceLoader} and selected by its id ({@code check --pack us-cma}), or
 * run because an agreement claims it ({@code claims: [us-cma]}).
 *
 * <p>Each pack's page, {@code docs/packs/<pack>.md}, lists every element the law requires, the
 * rule that checks it, the provision cited, and what the rule cannot check. A rule cites only
 * provisions read in a primary text ({@code docs/packs/sources.md}); a requirement whose source
 * is not verified ships as a WARNING with no citation, or not at all.
 */
@NullMarked
package org.interagency.agreements.packs;

import org.jspecify.annotations.NullMarked;
