/**
 * What the engine and the report share and a user does not see: the findings of one check as the
 * engine collects them, runs of them already in report order, ordered once by the report. Not
 * part of the API: the module exports this package to the engine only, and anything here may
 * change in any release.
 */
@NullMarked
package org.interagency.agreements.rules.internal;

import org.jspecify.annotations.NullMarked;
