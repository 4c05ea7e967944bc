/**
 * The document form of agreements: strict, bounded JSON and YAML reading and writing
 * ({@link org.interagency.agreements.json.AgreementJson}), the JSON Schema of the document,
 * RFC 8785 canonical JSON and SHA-256 digests ({@link org.interagency.agreements.json.CanonicalJson}),
 * and detached Ed25519 signatures ({@link org.interagency.agreements.json.AgreementSignatures}).
 *
 * <p>Every failure is an unchecked {@link org.interagency.agreements.json.AgreementJsonException};
 * no Jackson type appears in these signatures except in
 * {@link org.interagency.agreements.json.AgreementJacksonModule}, the module for users who bind
 * agreements with their own Jackson {@code ObjectMapper}.
 */
@NullMarked
package org.interagency.agreements.json;

import org.jspecify.annotations.NullMarked;
