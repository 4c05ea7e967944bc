/**
 * Implementation details of the model and helpers shared by the library's own modules. Not part
 * of the API: the module exports this package only to agreements-core, agreements-json and
 * agreements-testkit (a qualified export in {@code module-info.java}), and anything here may
 * change in any release. What user code needs of it is public in
 * {@link org.interagency.agreements.rules.Messages}.
 */
@NullMarked
package org.interagency.agreements.internal;

import org.jspecify.annotations.NullMarked;
