package org.interagency.agreements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ISO 3166-1 alpha-2 and ISO 3166-2 codes map to the hierarchical codes of the same place, as the
 * Javadoc of {@link Jurisdiction} documents; the expected codes are written by hand from that table.
 */
class JurisdictionIsoCodesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "GB, gb",
            "US, us",
            "DE, de",
            "US-TX, us/tx",
            "US-DC, us/dc",
            "US-PR, us/pr",
            "GB-ENG, gb/eng",
            "GB-SCT, gb/sct",
            "FR-75C, fr/75c",
            "UK, gb"})
    void anIsoCodeMapsToTheHierarchicalCodeOfTheSamePlace(String iso, String hierarchical) {
        assertThat(Jurisdiction.parse(iso)).isEqualTo(Jurisdiction.parse(hierarchical));
        assertThat(Jurisdiction.fromIso3166(iso)).contains(Jurisdiction.parse(hierarchical));
        assertThat(Jurisdiction.parse(iso).toString()).isEqualTo(hierarchical);
    }

    @Test
    void aSubdivisionLiesInsideItsCountry() {
        assertThat(Jurisdiction.parse("US").contains(Jurisdiction.parse("US-TX"))).isTrue();
        assertThat(Jurisdiction.parse("US-TX").contains(Jurisdiction.parse("us/tx/harris-county"))).isTrue();
        assertThat(Jurisdiction.parse("US-TX").overlaps(Jurisdiction.parse("US-LA"))).isFalse();
        assertThat(Jurisdiction.parse("GB-ENG").isIn("gb")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"us/tx", "gb", "Us-TX", "USA", "US-TEXAS", "US_TX", "US-", "us-tx"})
    void textNotWrittenAsAnIsoCodeIsNotMapped(String text) {
        assertThat(Jurisdiction.fromIso3166(text)).isEmpty();
    }

    @Test
    void aCodeThatIsNeitherIsRejectedWithItsReason() {
        assertThatThrownBy(() -> Jurisdiction.parse("US-TEXAS")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jurisdiction");
    }
}
