/**
 * Signing agreements: the RFC 8785 canonical form and SHA-256 digest of an agreement
 * ({@link org.interagency.agreements.json.signing.CanonicalJson}), detached Ed25519 signatures
 * ({@link org.interagency.agreements.json.signing.AgreementSignatures}) and the documents that
 * carry them.
 *
 * <p>Every failure is an unchecked exception of the library; no Jackson or JCA type appears in
 * these signatures other than the JDK's keys.
 */
@NullMarked
package org.interagency.agreements.json.signing;

import org.jspecify.annotations.NullMarked;
