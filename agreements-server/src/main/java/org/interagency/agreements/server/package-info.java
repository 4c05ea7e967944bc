/**
 * The validation service: the checks of the library over HTTP, for agency systems not written in
 * Java, and "who is accountable here, now?" over a portfolio. Start it with
 * {@code agreements serve} or {@link org.interagency.agreements.server.AgreementServer#builder()};
 * {@code docs/server.md} describes the endpoints, and {@code openapi.json} (served at
 * {@code /v1/openapi.json}) specifies them.
 *
 * <p><strong>Stability:</strong> experimental.
 */
@NullMarked
package org.interagency.agreements.server;

import org.jspecify.annotations.NullMarked;
