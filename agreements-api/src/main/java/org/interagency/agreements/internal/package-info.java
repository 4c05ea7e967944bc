/**
 * Implementation details of the model (list copying, hierarchical paths, the records' builder
 * settings). Not part of the API: the module does not export this package, and anything here may
 * change in any release. The one quoting rule the library's modules and user rules share is
 * public in {@link org.interagency.agreements.rules.Messages}.
 */
@NullMarked
package org.interagency.agreements.internal;

import org.jspecify.annotations.NullMarked;
