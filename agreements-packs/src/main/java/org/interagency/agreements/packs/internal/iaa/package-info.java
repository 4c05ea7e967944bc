/**
 * The rules of the {@code us-iaa} pack: the Economy Act (31 U.S.C. 1535) and FAR subpart 17.5 for
 * interagency acquisitions, one class per rule. FAR citations name both the codified text and
 * the Revolutionary FAR Overhaul's model deviation text where their pinpoints differ. Internal:
 * users name the rules by id; {@code docs/packs/us-iaa.md} documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.iaa;

import org.jspecify.annotations.NullMarked;
