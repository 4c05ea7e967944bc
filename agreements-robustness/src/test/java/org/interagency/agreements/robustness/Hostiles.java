package org.interagency.agreements.robustness;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the hostile-document tests read, validate and describe outcomes. Every read goes through
 * {@link Measured#run}, so each input is hang-guarded and lands in the measurement table.
 */
final class Hostiles {

    /** The reader under test, with its default limits. */
    static final AgreementJson JSON = AgreementJson.defaults();

    /** The validator under test; "today" is fixed inside the base document's term, which is a draft. */
    static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(Instant.parse("2027-06-01T12:00:00Z"), ZoneOffset.UTC))
            .build();

    private Hostiles() {
    }

    /** Reads {@code hostile/<file>} (YAML when it ends in .yaml) and expects a read exception of {@code type}. */
    static <T extends AgreementReadException> T rejected(String file, Class<T> type) {
        return Measured.run(file, () -> read(file)).thrown(type);
    }

    /** Reads and validates {@code hostile/<file>}, expecting a report. */
    static Report report(String file) {
        return Measured.run(file, () -> VALIDATOR.validate(read(file))).value(Report.class);
    }

    /** Runs any action on a named input, expecting a read exception of {@code type}. */
    static <T extends AgreementReadException> T rejected(String input, Class<T> type, Callable<?> action) {
        return Measured.run(input, action).thrown(type);
    }

    static Agreement read(String file) {
        byte[] bytes = Hostile.bytes(file);
        return file.endsWith(".yaml") ? JSON.read(DocumentSource.of(bytes, "document", DocumentSyntax.YAML)).agreement() : JSON.read(DocumentSource.of(bytes, "document", DocumentSyntax.JSON)).agreement();
    }

    /** Each problem as {@code "KIND line:column /pointer"}, the form the tests write their expectations in. */
    static List<String> problems(AgreementReadException e) {
        assertThat(e.getMessage()).startsWith(e.problems().get(0).toString());
        return e.problems().stream().map(Hostiles::describe).toList();
    }

    static String describe(DocumentProblem p) {
        return p.kind() + " " + p.line() + ":" + p.column() + " " + (p.pointer().isRoot() ? "/" : p.pointer().toString());
    }

    /** Each finding as {@code "ruleId /pointer"}. */
    static List<String> findings(Report report) {
        return report.findings().stream().map(Hostiles::describe).toList();
    }

    static String describe(Finding f) {
        return f.ruleId() + " " + (f.location().isRoot() ? "/" : f.location().toString());
    }
}
