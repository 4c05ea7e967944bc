/**
 * The rules of the {@code us-hipaa} pack: 45 CFR 164.504(e), 164.514(e)(4) and 164.314(a) for
 * business associate agreements (and memoranda of understanding between governmental entities)
 * and data use agreements, one class per rule. Internal: users name the rules by id;
 * {@code docs/packs/us-hipaa.md} documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.hipaa;

import org.jspecify.annotations.NullMarked;
