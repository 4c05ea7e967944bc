/**
 * The validation service. {@link org.interagency.agreements.core.AgreementValidator} checks an
 * agreement with Bean Validation and every enabled rule, and returns one
 * {@link org.interagency.agreements.rules.Report}; a
 * {@link org.interagency.agreements.core.RuleConfiguration} selects and tunes the rules.
 */
@NullMarked
package org.interagency.agreements.core;

import org.jspecify.annotations.NullMarked;
