package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Pointers map back to the line and column where the value is written. */
class LocationIndexTest {

    private static final String JSON = String.join("\n",
            "{",
            "  \"id\": \"mou\",",
            "  \"parties\": [",
            "    { \"agencyId\": \"fema\" },",
            "    {",
            "      \"agencyId\": \"a/b~c\"",
            "    }",
            "  ]",
            "}");

    private static final String YAML = String.join("\n",
            "id: mou",
            "parties:",
            "  - agencyId: fema",
            "  - agencyId: county",
            "    roles: [lead, participant]",
            "");

    private static LocationIndex json() {
        return LocationIndex.of(JSON.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
    }

    private static LocationIndex yaml() {
        return LocationIndex.of(YAML.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    @Test
    void locatesAMemberAtItsKey() {
        assertThat(json().locate(JsonPointer.parse("/id"))).isEqualTo(new SourcePosition(2, 3));
        assertThat(json().locate(JsonPointer.parse("/parties/1/agencyId"))).isEqualTo(new SourcePosition(6, 7));
    }

    @Test
    void locatesAnArrayElementAtItsFirstToken() {
        assertThat(json().locate(JsonPointer.parse("/parties/0"))).isEqualTo(new SourcePosition(4, 5));
        assertThat(json().locate(JsonPointer.parse("/parties/1"))).isEqualTo(new SourcePosition(5, 5));
    }

    @Test
    void locatesWhatIsNotWrittenAtItsNearestWrittenAncestor() {
        assertThat(json().locate(JsonPointer.parse("/parties/1/contacts/0"))).isEqualTo(new SourcePosition(5, 5));
        assertThat(json().locate(JsonPointer.parse("/vision"))).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void locatesTheWholeDocumentAtItsStart() {
        assertThat(json().locate(JsonPointer.root())).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void locatesYamlBlockAndFlowValues() {
        assertThat(yaml().locate(JsonPointer.parse("/parties/1"))).isEqualTo(new SourcePosition(4, 5));
        assertThat(yaml().locate(JsonPointer.parse("/parties/1/roles"))).isEqualTo(new SourcePosition(5, 5));
        assertThat(yaml().locate(JsonPointer.parse("/parties/1/roles/1"))).isEqualTo(new SourcePosition(5, 19));
    }

    @Test
    void keepsWhatItIndexedBeforeAMalformedPart() {
        LocationIndex index = LocationIndex.of("{\n  \"id\": \"mou\",\n  \"title\": }".getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);

        assertThat(index.locate(JsonPointer.parse("/id"))).isEqualTo(new SourcePosition(2, 3));
    }
}
