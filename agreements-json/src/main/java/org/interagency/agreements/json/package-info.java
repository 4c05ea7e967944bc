/**
 * Reading and writing agreements: strict, bounded JSON and YAML
 * ({@link org.interagency.agreements.json.AgreementJson}), the problems a read reports, and the
 * JSON Schema of the document ({@link org.interagency.agreements.json.AgreementSchema}). Canonical
 * JSON, digests and signatures are in {@link org.interagency.agreements.json.signing}.
 *
 * <p>Every failure is an unchecked {@link org.interagency.agreements.json.AgreementJsonException};
 * no Jackson type appears in these signatures except in
 * {@link org.interagency.agreements.json.AgreementJacksonModule}, the module for users who bind
 * agreements with their own Jackson {@code ObjectMapper}.
 */
@NullMarked
package org.interagency.agreements.json;

import org.jspecify.annotations.NullMarked;
