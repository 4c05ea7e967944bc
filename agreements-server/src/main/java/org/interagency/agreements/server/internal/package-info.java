/**
 * The machinery of the validation service: problem details, the bounded body reader, the
 * validation pool, bearer tokens, the portfolio and the JSON the service writes. Not an API.
 */
@NullMarked
package org.interagency.agreements.server.internal;

import org.jspecify.annotations.NullMarked;
