/**
 * Implementation details of the model. Not exported from the module and not part of the API:
 * anything here may change in any release.
 */
@NullMarked
package org.interagency.agreements.internal;

import org.jspecify.annotations.NullMarked;
