/**
 * The rules of the {@code eu-gdpr} pack: Regulation (EU) 2016/679 Art. 26 (joint controllers) and
 * Art. 28(3) (the contract with a processor), one class per rule. Internal: users name the rules
 * by id; {@code docs/packs/eu-gdpr.md} documents them.
 */
@NullMarked
package org.interagency.agreements.packs.internal.gdpr;

import org.jspecify.annotations.NullMarked;
