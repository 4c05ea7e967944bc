package org.interagency.agreements.report;

import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one reader of the rule configuration file that check and serve share. */
class ConfigurationFileTest {

    @Test
    void readsEveryKeyOfAYamlFileOnce(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("agreements.yaml"), """
                disabled: [trust.party-excluded]
                severities:
                  roles.responsible-duplicate: ERROR
                packs: [roles, us-cma]
                maxWaiverLength: P18M
                limits:
                  maxDocumentBytes: 1000
                  maxDepth: 12
                """);

        ConfigurationFile configuration = ConfigurationFile.read(file);

        assertThat(configuration.rules().disabled()).containsExactly("trust.party-excluded");
        assertThat(configuration.rules().severities()).isEqualTo(Map.of("roles.responsible-duplicate", Severity.ERROR));
        assertThat(configuration.rules().packs()).isEqualTo(Set.of("roles", "us-cma"));
        assertThat(configuration.rules().maxWaiverLength()).isEqualTo(Period.ofMonths(18));
        assertThat(configuration.limits()).isEqualTo(Map.of("maxDocumentBytes", 1000L, "maxDepth", 12L));
        assertThat(configuration.reader().maxDocumentBytes()).isEqualTo(1000);
        assertThat(configuration.reader().maxDepth()).isEqualTo(12);
    }

    @Test
    void anIntLimitBeyondItsRangeIsRefusedWhenTheFileIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("limits.json"), "{\"limits\": {\"maxDepth\": 99999999999}}");

        assertThatThrownBy(() -> ConfigurationFile.read(file)).isInstanceOf(ConfigurationFileException.class)
                .hasMessage("configuration " + file + ": limits.maxDepth must be a positive whole number up to 2147483647,"
                        + " not 99999999999");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("twice.yaml"), "disabled: []\ndisabled: [roles.accountable-overlap]\n");

        assertThatThrownBy(() -> ConfigurationFile.read(file)).isInstanceOf(ConfigurationFileException.class)
                .hasMessageStartingWith("configuration " + file + ":2:")
                .hasMessageContaining("not well-formed YAML")
                .satisfies(e -> assertThat(((ConfigurationFileException) e).file()).isEqualTo(file.toString()));
    }

    @Test
    void aFileOverTheLimitIsNotAConfiguration(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("huge.json"), new byte[(int) ConfigurationFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> ConfigurationFile.read(file)).isInstanceOf(ConfigurationFileException.class)
                .hasMessage("configuration " + file + " has more than the limit of 1048576 bytes: it is not a configuration file");
    }

    @Test
    void aDirectoryIsNotReadAsAConfiguration(@TempDir Path dir) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("settings.yaml"));

        assertThatThrownBy(() -> ConfigurationFile.read(directory)).isInstanceOf(ConfigurationFileException.class)
                .hasMessageStartingWith("cannot read the configuration " + directory + ": ");
    }

    @Test
    void theNearestDiscoveredFileWins(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".agreements.yaml"), "{}");
        Path below = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(below.resolve(".agreements.json"), "{}");

        assertThat(ConfigurationFile.discover(below)).contains(below.toAbsolutePath().normalize().resolve(".agreements.json"));
        assertThat(ConfigurationFile.discover(dir.resolve("a"))).contains(dir.toAbsolutePath().normalize().resolve(".agreements.yaml"));
    }
}
