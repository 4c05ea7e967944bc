package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.ProblemKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a document's {@code schemaVersion}: this library reads major version 1, any minor
 * version. A newer minor version of the same major version only adds optional properties, so it
 * is read; the properties this library does not know are then rejected as unknown (or reported by
 * a lenient reader), with a hint naming the version. An older minor version than
 * {@link #CURRENT} lacks the properties added since: a document that declares it and uses one is
 * rejected (see {@link DocumentReader#addedProperty}).
 */
final class SchemaVersion {

    static final String CURRENT = Agreement.SCHEMA_VERSION;
    static final int SUPPORTED_MAJOR = 1;
    /** The minor version of {@link #CURRENT}: the properties of later ones are unknown to this library. */
    static final int CURRENT_MINOR = Integer.parseInt(CURRENT.substring(CURRENT.indexOf('.') + 1));
    private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

    /** Thrown to stop reading a document of a major version this library cannot read. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private SchemaVersion() {
    }

    static void check(String version, DocumentReader reader) {
        Matcher matcher = SYNTAX.matcher(version);
        if (!matcher.matches()) {
            reader.problem(ProblemKind.INVALID_VALUE, "schemaVersion " + Messages.quote(version) + " is not a version"
                    + " written major.minor (this library writes \"" + CURRENT + "\")");
            return;
        }
        if (Integer.parseInt(matcher.group(1)) != SUPPORTED_MAJOR) {
            throw new Unsupported("the document has schemaVersion " + Messages.quote(version) + ", and this library reads"
                    + " major version " + SUPPORTED_MAJOR + " only (" + SUPPORTED_MAJOR + ".x); use a library version"
                    + " that reads it, or convert the document to schemaVersion \"" + CURRENT + "\"");
        }
        reader.declaredVersion(version, Integer.parseInt(matcher.group(2)));
    }
}
