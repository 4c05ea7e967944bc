/**
 * The rules of the {@code us-emac} pack: what a mission under the Emergency Management Assistance
 * Compact (Pub. L. 104-321) states, and the provisions that apply to it by operation of law,
 * reported as explanations. Internal: users name the rules by id; {@code docs/packs/us-emac.md}
 * documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.emac;

import org.jspecify.annotations.NullMarked;
