/**
 * The rules of the {@code uk-ico-dsa} pack: the contents of a data sharing agreement that the UK
 * Information Commissioner's data sharing code of practice, its annexes and the ICO's
 * accountability framework describe, one class per rule. Internal: users name the rules by id;
 * {@code docs/packs/uk-ico-dsa.md} documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.ico;

import org.jspecify.annotations.NullMarked;
