/**
 * What the rules of several packs share: the base of a rule that requires a provision on a
 * topic, date arithmetic that cannot throw, and how a kind of agreement is named in a message.
 * Internal: not exported.
 */
@NullMarked
package org.interagency.agreements.packs.internal;

import org.jspecify.annotations.NullMarked;
