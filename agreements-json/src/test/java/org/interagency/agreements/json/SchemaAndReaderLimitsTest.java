package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every limit the reader enforces on a value is stated by the shipped JSON Schema too: for each,
 * a document at the limit is accepted by both, and one just past it is rejected by both, the
 * reader saying the real reason. The limits are listed by name in {@link #LIMITS}, and each name
 * is a row of the table "Limits of values" in {@code docs/document-format.md}.
 *
 * <p>The documents are made from {@code hostile/minimal.json} by changing one value.
 */
class SchemaAndReaderLimitsTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());
    private static final Path DOCUMENT_FORMAT = Path.of("..", "docs", "document-format.md");
    private static final String MINIMAL = Samples.text("hostile/minimal.json");

    /**
     * One limit: the document at the limit, the document just past it, and what the reader's
     * message says past it.
     */
    record Limit(String name, String atLimit, String pastLimit, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Limit> LIMITS = List.of(
            limit("scope path segments", scope(path(16, "a")), scope(path(17, "a")), "more than 16 segments"),
            limit("scope path segment length", scope("a".repeat(64)), scope("a".repeat(65)), "at most 64"),
            limit("jurisdiction segments", jurisdiction(path(16, "us")), jurisdiction(path(17, "us")),
                    "more than 16 segments"),
            limit("jurisdiction segment length", jurisdiction("us/" + "t".repeat(64)),
                    jurisdiction("us/" + "t".repeat(65)), "at most 64"),
            limit("period years", reviewCycle("P999999999Y"), reviewCycle("P1000000000Y"), "at most 9"),
            limit("period months", reviewCycle("P999999999M"), reviewCycle("P1000000000M"), "at most 9"),
            limit("period weeks", reviewCycle("P99999999W999999999D"), reviewCycle("P100000000W"), "at most 8"),
            limit("period days", reviewCycle("P999999999D"), reviewCycle("P2147483647D"), "at most 9"),
            limit("duration days", responseTime("P999999999D"), responseTime("P1000000000D"), "at most 9"),
            limit("duration hours", responseTime("PT999999999999H"), responseTime("PT1000000000000H"),
                    "at most 12"),
            limit("duration minutes", responseTime("PT999999999999M"), responseTime("PT1000000000000M"),
                    "at most 12"),
            limit("duration seconds", responseTime("PT999999999999S"), responseTime("PT9223372036854775807S"),
                    "at most 12"),
            limit("duration fraction of a second", responseTime("PT0.999999999S"),
                    responseTime("PT0.9999999999S"), "at most 9"),
            limit("date in a leap year", effective("2024-02-29"), effective("2023-02-29"), "not a date that exists"),
            limit("date at a century", effective("2000-02-29"), effective("1900-02-29"), "not a date that exists"),
            limit("date at the end of a month", effective("2026-04-30"), effective("2026-04-31"),
                    "not a date that exists"),
            limit("whole number, largest", quorum("2147483647"), quorum("2147483648"), "out of range"),
            limit("whole number, smallest", quorum("-2147483648"), quorum("-2147483649"), "out of range"),
            limit("record count, largest", records("9007199254740991"), records("9007199254740992"), "out of range"),
            limit("record count, smallest", records("-9007199254740991"), records("-9007199254740992"), "out of range"),
            limit("provision topic length", topic("x-" + "t".repeat(62)), topic("x-" + "t".repeat(63)),
                    "is not known"),
            limit("provision topic of one's own", topic("x-tribal-consultation"), topic("tribal-consultation"),
                    "is not known"),
            limit("decimal digits before the point", amount("9e63"), amount("1e64"), "more than 64 digits"),
            limit("decimal digits after the point", amount("1e-64"), amount("1e-65"), "more than 64 digits"),
            limit("decimal, smallest", amount("-9e63"), amount("-1e64"), "more than 64 digits"),
            limit("decimal zero with an exponent", amount("0e100"), amount("1e100"), "more than 64 digits"),
            limit("text length", title("t".repeat(16_384)), title("t".repeat(16_385)), "longer than 16384"),
            limit("text control characters", title("a\\tb\\nc\\rd"), title("a\\u0007b"), "control character"),
            limit("text bidirectional controls", title("a\\u200fb"), title("a\\u202eb"), "bidirectional control"),
            limit("text surrogates", title("a\\ud83d\\ude00b"), title("a\\ud800b"), "unpaired surrogate"));

    private static Limit limit(String name, String atLimit, String pastLimit, String reason) {
        return new Limit(name, atLimit, pastLimit, reason);
    }

    @ParameterizedTest
    @FieldSource("LIMITS")
    void bothAcceptADocumentAtTheLimit(Limit limit) {
        assertThat(validate(limit.atLimit())).as("schema messages").isEmpty();
        assertThat(AgreementJson.defaults().read(limit.atLimit())).isNotNull();
    }

    @ParameterizedTest
    @FieldSource("LIMITS")
    void bothRejectADocumentJustPastTheLimitAndTheReaderSaysWhy(Limit limit) {
        assertThat(validate(limit.pastLimit())).as("schema messages").isNotEmpty();
        assertThatThrownBy(() -> AgreementJson.defaults().read(limit.pastLimit()))
                .isInstanceOf(AgreementReadException.class)
                .hasMessageContaining(limit.reason());
    }

    @Test
    void theDocumentFormatListsEveryLimit() throws IOException {
        String document = Files.readString(DOCUMENT_FORMAT, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Limit limit : LIMITS) {
            if (!document.contains("| " + limit.name() + " |")) {
                missing.add(limit.name());
            }
        }
        assertThat(missing).as("limits without a row in docs/document-format.md").isEmpty();
    }

    private static Set<ValidationMessage> validate(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    /** {@code depth} copies of {@code segment} joined by '/'. */
    private static String path(int depth, String segment) {
        return String.join("/", Collections.nCopies(depth, segment));
    }

    private static String scope(String scope) {
        return withSection("\"responsibilities\": [{\"id\": \"r\", \"scope\": \"" + scope
                + "\", \"description\": \"Work\"}]");
    }

    private static String jurisdiction(String jurisdiction) {
        return replace("\"jurisdiction\": \"us/tx/harris-county\"", "\"jurisdiction\": \"" + jurisdiction + "\"");
    }

    private static String reviewCycle(String period) {
        return replace("\"reviewCycle\": \"P1Y\"", "\"reviewCycle\": \"" + period + "\"");
    }

    private static String responseTime(String duration) {
        return withSection("\"escalationPaths\": [{\"id\": \"p\", \"levels\": [{\"forum\": \"Board\", \"responseTime\": \""
                + duration + "\"}]}]");
    }

    private static String effective(String date) {
        return replace("\"effective\": \"2026-01-01\"", "\"effective\": \"" + date + "\"");
    }

    private static String quorum(String number) {
        return replace("\"quorum\": 1", "\"quorum\": " + number);
    }

    private static String records(String number) {
        return oneOne(withSection("\"dataSharingProtocols\": [{\"id\": \"p\", \"providerAgencyId\": \"county-oem\","
                + " \"dataSets\": [{\"id\": \"d\", \"name\": \"Records\", \"classification\": \"internal\","
                + " \"personalData\": true, \"approximateRecords\": " + number + "}], \"purpose\": \"Planning\","
                + " \"transferMethod\": \"api\", \"encryptedInTransit\": true, \"encryptedAtRest\": true,"
                + " \"onwardSharing\": \"prohibited\"}]"));
    }

    private static String topic(String topic) {
        return oneOne(withSection("\"provisions\": [{\"id\": \"p\", \"topic\": \"" + topic
                + "\", \"text\": \"Notice on the form.\"}]"));
    }

    /** The document as schema version 1.1, for the values 1.1 added. */
    private static String oneOne(String document) {
        return document.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"");
    }

    private static String amount(String number) {
        return withSection("\"resourceCommitments\": [{\"id\": \"c\", \"agencyId\": \"county-oem\", \"kind\": \"funding\","
                + " \"description\": \"Funds\", \"amount\": " + number + "}]");
    }

    /** The title, written as it stands between the quotes of a JSON string (escapes kept). */
    private static String title(String jsonStringContent) {
        return replace("\"title\": \"Minimal memorandum\"", "\"title\": \"" + jsonStringContent + "\"");
    }

    private static String withSection(String section) {
        return edit(document -> document.replace("\n  \"governanceBodies\"", "\n  " + section + ",\n  \"governanceBodies\""));
    }

    private static String replace(String original, String replacement) {
        return edit(document -> document.replace(original, replacement));
    }

    private static String edit(UnaryOperator<String> change) {
        String changed = change.apply(MINIMAL);
        if (changed.equals(MINIMAL)) {
            throw new IllegalStateException("the edit did not apply to hostile/minimal.json");
        }
        return changed;
    }
}
