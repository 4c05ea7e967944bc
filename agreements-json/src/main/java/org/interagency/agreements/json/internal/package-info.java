/**
 * The machinery behind {@code org.interagency.agreements.json}: the document shapes of the model
 * types, the strict reader and the writer, the UTF-8 check, and RFC 8785 canonicalization. Not
 * exported; nothing here is API.
 */
@NullMarked
package org.interagency.agreements.json.internal;

import org.jspecify.annotations.NullMarked;
