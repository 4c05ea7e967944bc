package org.interagency.agreements.json;

import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A read says where each value is written: line and column by JSON Pointer, counted by hand below. */
class SourcePositionsTest {

    private static final AgreementJson JSON = AgreementJson.defaults();

    private static final String JSON_DOCUMENT = String.join("\n",
            "{",
            "  \"schemaVersion\": \"1.0\", \"id\": \"mou\", \"title\": \"Flood\",",
            "  \"kind\": \"memorandum-of-understanding\", \"status\": \"draft\",",
            "  \"term\": {\"effective\": \"2026-01-01\", \"reviewCycle\": \"P1Y\"},",
            "  \"parties\": [",
            "    { \"agencyId\": \"fema\", \"name\": \"FEMA\", \"jurisdiction\": \"us\", \"roles\": [\"lead\"] },",
            "    {",
            "      \"agencyId\": \"county\", \"name\": \"County\", \"jurisdiction\": \"us/tx\",",
            "      \"roles\": [\"participant\", \"provider\"]",
            "    }",
            "  ]",
            "}");

    private static final String YAML_DOCUMENT = String.join("\n",
            "schemaVersion: \"1.0\"",
            "id: mou",
            "title: Flood",
            "kind: memorandum-of-understanding",
            "status: draft",
            "term: {effective: \"2026-01-01\", reviewCycle: P1Y}",
            "parties:",
            "  - agencyId: fema",
            "    name: FEMA",
            "    jurisdiction: us",
            "    roles: [lead]",
            "  - agencyId: county",
            "    name: County",
            "    jurisdiction: us/tx",
            "    roles: [participant, provider]",
            "");

    private static SourcePositions json() {
        return JSON.read(DocumentSource.of(JSON_DOCUMENT, "mou.json", DocumentSyntax.JSON)).positions();
    }

    private static SourcePositions yaml() {
        return JSON.read(DocumentSource.of(YAML_DOCUMENT, "mou.yaml", DocumentSyntax.YAML)).positions();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(line, column);
    }

    @Test
    void namesTheSource() {
        assertThat(json().source()).isEqualTo("mou.json");
    }

    @Test
    void locatesAMemberAtItsKey() {
        assertThat(json().of(JsonPointer.parse("/id"))).isEqualTo(at(2, 27));
        assertThat(json().of(JsonPointer.parse("/term"))).isEqualTo(at(4, 3));
        assertThat(json().of(JsonPointer.parse("/term/reviewCycle"))).isEqualTo(at(4, 39));
        assertThat(json().of(JsonPointer.parse("/parties/1/agencyId"))).isEqualTo(at(8, 7));
    }

    @Test
    void anArrayGivenByTheCallerMayBeReusedOnceTheReadHasReturned() {
        byte[] buffer = JSON_DOCUMENT.getBytes(StandardCharsets.UTF_8);
        SourcePositions positions = JSON.read(DocumentSource.of(buffer, "mou.json", DocumentSyntax.JSON)).positions();

        // A caller that reads the next request into the same buffer, before asking where a value was.
        Arrays.fill(buffer, (byte) '\n');

        assertThat(positions.of(JsonPointer.parse("/parties/1/agencyId"))).isEqualTo(at(8, 7));
        assertThat(positions.of(JsonPointer.parse("/term/reviewCycle"))).isEqualTo(at(4, 39));
    }

    @Test
    void locatesAnArrayElementAtItsFirstToken() {
        assertThat(json().of(JsonPointer.parse("/parties/0"))).isEqualTo(at(6, 5));
        assertThat(json().of(JsonPointer.parse("/parties/1"))).isEqualTo(at(7, 5));
        assertThat(json().of(JsonPointer.parse("/parties/1/roles/1"))).isEqualTo(at(9, 32));
    }

    @Test
    void locatesWhatIsNotWrittenAtItsNearestWrittenAncestor() {
        assertThat(json().of(JsonPointer.parse("/parties/1/contacts/0"))).isEqualTo(at(7, 5));
        assertThat(json().of(JsonPointer.parse("/parties/7"))).isEqualTo(at(5, 3));
        assertThat(json().of(JsonPointer.parse("/vision"))).isEqualTo(at(1, 1));
    }

    @Test
    void locatesTheWholeDocumentAtItsStart() {
        assertThat(json().of(JsonPointer.root())).isEqualTo(at(1, 1));
    }

    @Test
    void locatesYamlBlockAndFlowValues() {
        assertThat(yaml().of(JsonPointer.parse("/id"))).isEqualTo(at(2, 1));
        assertThat(yaml().of(JsonPointer.parse("/term/reviewCycle"))).isEqualTo(at(6, 33));
        assertThat(yaml().of(JsonPointer.parse("/parties/1"))).isEqualTo(at(12, 5));
        assertThat(yaml().of(JsonPointer.parse("/parties/1/roles"))).isEqualTo(at(15, 5));
        assertThat(yaml().of(JsonPointer.parse("/parties/1/roles/1"))).isEqualTo(at(15, 26));
        assertThat(yaml().of(JsonPointer.parse("/parties/1/contacts"))).isEqualTo(at(12, 5));
    }

    @Test
    void locatesWhatALenientReaderIgnoredAtItsKey() {
        String document = JSON_DOCUMENT.replace("\"reviewCycle\": \"P1Y\"", "\"reviewCycle\": \"P1Y\", \"renewl\": \"none\"");
        ReadResult read = AgreementJson.builder().lenient(true).build()
                .read(DocumentSource.of(document, "mou.json", DocumentSyntax.JSON));

        assertThat(read.findings()).singleElement()
                .satisfies(finding -> assertThat(read.positions().of(finding.location())).isEqualTo(at(4, 61)));
    }

    @Test
    void locatesIgnoredPropertiesByTheirNamesWithEscapesUndoneAndColumnsInBytes() {
        // Three unknown properties after reviewCycle on line 4: the first (37 bytes as written)
        // at column 61, the second 37 + 5 bytes later, the third 7 + 5 bytes after that ("été"
        // is 5 bytes of UTF-8 between its quotes).
        String document = JSON_DOCUMENT.replace("\"reviewCycle\": \"P1Y\"", "\"reviewCycle\": \"P1Y\", "
                + "\"r\\u00e9vision \\\"x\\\" \\/ \\ud83d\\ude00\": 1, \"\u00e9t\u00e9\": 2, \"z\": 3");
        ReadResult read = AgreementJson.builder().lenient(true).build()
                .read(DocumentSource.of(document, "mou.json", DocumentSyntax.JSON));

        assertThat(read.findings()).extracting(finding -> finding.location().tokens().get(1))
                .containsExactly("r\u00e9vision \"x\" / \ud83d\ude00", "\u00e9t\u00e9", "z");
        assertThat(read.findings()).extracting(finding -> read.positions().of(finding.location()))
                .containsExactly(at(4, 61), at(4, 103), at(4, 115));
    }

    @Test
    void countsACarriageReturnAloneAndOneFollowedByALineFeedAsOneLineEndEach() {
        String[] lines = JSON_DOCUMENT.split("\n");
        String document = lines[0] + "\r\n" + lines[1] + "\r" + lines[2] + "\n\r\n"
                + String.join("\n", Arrays.copyOfRange(lines, 3, lines.length));
        SourcePositions positions = JSON.read(DocumentSource.of(document, "mou.json", DocumentSyntax.JSON)).positions();

        assertThat(positions.of(JsonPointer.parse("/id"))).isEqualTo(at(2, 27));
        assertThat(positions.of(JsonPointer.parse("/kind"))).isEqualTo(at(3, 3));
        assertThat(positions.of(JsonPointer.parse("/term"))).isEqualTo(at(5, 3));
        assertThat(positions.of(JsonPointer.parse("/parties/1/roles/1"))).isEqualTo(at(10, 32));
    }

    @Test
    void answersTheSameFromManyThreadsAtOnce() throws Exception {
        SourcePositions positions = json();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SourcePosition>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> positions.of(JsonPointer.parse("/parties/1/roles/1"))));
            }
            for (Future<SourcePosition> answer : answers) {
                assertThat(answer.get()).isEqualTo(at(9, 32));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
