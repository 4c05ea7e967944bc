package org.interagency.agreements.json;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions the one-pass reader records equal those of an independent second pass over the
 * same bytes (the command line's former location index), for every pointer of generated
 * agreements written as compact JSON, pretty JSON and YAML, and for pointers the documents do not
 * write out.
 */
class SourcePositionsProperties {

    private static final AgreementJson JSON = AgreementJson.defaults();

    @Provide
    Arbitrary<Agreement> agreements() {
        return Agreements.agreements();
    }

    @Property(tries = 100)
    void positionsOfCompactJsonEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writeBytes(agreement), DocumentSyntax.JSON);
    }

    @Property(tries = 100)
    void positionsOfPrettyJsonEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writePretty(agreement).getBytes(StandardCharsets.UTF_8), DocumentSyntax.JSON);
    }

    @Property(tries = 100)
    void positionsOfYamlEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writeYaml(agreement).getBytes(StandardCharsets.UTF_8), DocumentSyntax.YAML);
    }

    private static void assertPositionsEqualTheOracle(byte[] document, DocumentSyntax syntax) {
        SourcePositions positions = JSON.read(DocumentSource.of(document, "generated", syntax)).positions();
        LocationIndexOracle oracle = LocationIndexOracle.of(document, syntax);

        assertThat(oracle.pointers()).isNotEmpty();
        for (JsonPointer pointer : oracle.pointers()) {
            assertThat(positions.of(pointer)).as("%s", pointer).isEqualTo(oracle.locate(pointer));
            // What the document does not write out: a property it omits, an element past the end.
            JsonPointer absent = pointer.append("absent");
            assertThat(positions.of(absent)).as("%s", absent).isEqualTo(oracle.locate(absent));
            JsonPointer past = pointer.append(100_000);
            assertThat(positions.of(past)).as("%s", past).isEqualTo(oracle.locate(past));
        }
    }
}
