/**
 * The rules of the {@code us-cma} pack: 5 U.S.C. 552a(o), (p), (u) and (e)(12) for computer
 * matching agreements, one class per rule, each citing the paragraph it enforces. Internal: users
 * name the rules by id; {@code docs/packs/us-cma.md} documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.cma;

import org.jspecify.annotations.NullMarked;
