/**
 * How the testkit builds agreements: seeds of small integers that jqwik generates and shrinks,
 * the vocabulary they pick from, and the assembler that turns a seed into an agreement that
 * passes every built-in check. Not part of the API: it changes without notice.
 */
@NullMarked
package org.interagency.agreements.testkit.internal;

import org.jspecify.annotations.NullMarked;
